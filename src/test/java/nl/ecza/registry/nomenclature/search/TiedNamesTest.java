package nl.ecza.registry.nomenclature.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.ConditionStatus;

/**
 * A fragment of a few letters ties thousands of names at one score; their order is still the documented one (names
 * that begin with the text, then fewer words, preferred term, code), however many tie, and the total counts every
 * condition that matches although Lucene keeps only the top.
 */
class TiedNamesTest {

    /** More tied names than any top the searches keep. */
    private static final int TYPES = 3_000;
    private static ConditionSearchIndex index;

    @BeforeAll
    static void index() {
        List<ConditionRecord> conditions = new ArrayList<>();
        for (int type = 1; type <= TYPES; type++) {
            conditions.add(condition(type, "Xyzzy syndrome type " + type));
        }
        // The fewest words of all, and the highest code: first among the names that begin with the text.
        conditions.add(condition(999_999, "Xyzzy anomaly"));
        // Contains the word but does not begin with it: after every name that does.
        conditions.add(condition(999_998, "Anomaly of xyzzy"));
        // Begins with the text, but as part of a longer word: below a name that has the whole word anywhere.
        conditions.add(condition(999_997, "Anomalyx disease"));
        // One begins with "qwerty or" as typed so far; the other has both words whole, but not at its beginning.
        conditions.add(condition(999_996, "Qwerty orotic aciduria"));
        conditions.add(condition(999_995, "Pure or complex qwerty disease"));
        index = ConditionSearchIndex.build(conditions);
    }

    @Test
    void shouldOrderEveryTiedNameByStartThenWordsThenCode() {
        assertEquals(List.of(999_999, 1, 2, 3, 4), codes(index.best("xyz", 5)));
        assertEquals(List.of(999_999, 1, 2, 3, 4), codes(index.search("xyz", code -> true, 0, 5).hits()));
    }

    @Test
    void shouldPutANameThatContainsTheWordAfterTheNamesThatBeginWithIt() {
        List<Integer> all = codes(index.best("xyzzy", TYPES + 2));
        assertEquals(TYPES + 2, all.size());
        assertEquals(999_999, all.get(0));
        assertEquals(999_998, all.get(all.size() - 1));
        assertEquals(List.of(999_998, 999_999), codes(index.best("anomaly", 10)), "whole words, beginning first");
        assertEquals(List.of(999_997), codes(index.best("anomalyx", 10)));
    }

    @Test
    void shouldPutTheNameThatBeginsWithTheTextFirstThoughAnotherHasItsWordsWhole() {
        assertEquals(List.of(999_996, 999_995), codes(index.best("qwerty or", 10)));
        assertEquals(List.of(999_996, 999_995), codes(index.search("qwerty or", code -> true, 0, 10).hits()));
        assertEquals(List.of(999_995), codes(index.best("qwerty or complex", 10)), "no name begins with it");
    }

    @Test
    void shouldCountEveryMatchingConditionBeyondThePage() {
        ConditionSearchIndex.Page page = index.search("xyzzy", code -> code % 2 == 0, 10, 3);
        assertEquals(TYPES / 2 + 1, page.total(), "every even code and 999,998");
        assertEquals(List.of(22, 24, 26), codes(page.hits()), "after the first ten even codes");
        assertEquals(3, index.search("anomaly", code -> true, 0, 10).total());
    }

    private static List<Integer> codes(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::orphaCode).toList();
    }

    private static ConditionRecord condition(int code, String name) {
        return new ConditionRecord(code, code, ClassificationLevel.DISORDER, 21394, "Disease", "Ziekte",
                ConditionStatus.ACTIVE, 1, name, null, List.of(), List.of(), null, null, null);
    }
}
