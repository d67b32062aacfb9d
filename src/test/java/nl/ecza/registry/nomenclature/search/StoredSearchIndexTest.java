package nl.ecza.registry.nomenclature.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.ConditionStatus;

/** A restart opens the index kept beside its release, and only a copy built by this code from these names. */
class StoredSearchIndexTest {

    private static final List<ConditionRecord> NAMES = List.of(
            condition(558, "Marfan syndrome", "Syndroom van Marfan", "MFS"),
            condition(586, "Cystic fibrosis", "Cystische fibrose", "Mucoviscidosis"),
            condition(365, "Glycogen storage disease due to acid maltase deficiency", "Ziekte van Pompe",
                    "Pompe disease"));

    @Test
    void shouldOpenTheStoredCopyInsteadOfBuildingAgain() {
        List<ConditionSearchIndex.StoredIndex> built = new ArrayList<>();
        ConditionSearchIndex first = ConditionSearchIndex.open(NAMES, null, built::add);
        assertEquals(1, built.size());
        assertTrue(built.get(0).files().containsKey("segments_1"), "the commit point is kept");
        assertFalse(built.get(0).files().containsKey("write.lock"), "the writer's lock is not");

        List<ConditionSearchIndex.StoredIndex> builtAgain = new ArrayList<>();
        ConditionSearchIndex reopened = ConditionSearchIndex.open(NAMES, built.get(0), builtAgain::add);

        assertEquals(List.of(), builtAgain, "opened, not built");
        for (String query : List.of("marf", "mucoviscidosis", "pompe", "cystic fibrsis", "558")) {
            assertEquals(first.best(query, 10), reopened.best(query, 10), query);
        }
        assertEquals(List.of(586), codes(reopened.best("mucoviscidosis", 10)));
    }

    @Test
    void shouldBuildAgainWhenTheNamesAreNotThoseTheCopyWasBuiltFrom() {
        List<ConditionSearchIndex.StoredIndex> built = new ArrayList<>();
        ConditionSearchIndex.open(NAMES, null, built::add);
        List<ConditionRecord> renamed = List.of(NAMES.get(0), NAMES.get(1),
                condition(365, "Pompe disease", "Ziekte van Pompe", "Acid maltase deficiency"));

        List<ConditionSearchIndex.StoredIndex> rebuilt = new ArrayList<>();
        ConditionSearchIndex index = ConditionSearchIndex.open(renamed, built.get(0), rebuilt::add);

        assertEquals(1, rebuilt.size());
        assertNotEquals(built.get(0).key(), rebuilt.get(0).key());
        assertEquals(List.of(365), codes(index.best("acid maltase", 10)));
    }

    @Test
    void shouldBuildAgainWhenTheStoredFilesAreDamaged() {
        List<ConditionSearchIndex.StoredIndex> built = new ArrayList<>();
        ConditionSearchIndex.open(NAMES, null, built::add);
        Map<String, byte[]> damaged = new HashMap<>(built.get(0).files());
        damaged.replaceAll((name, bytes) -> name.startsWith("segments") ? bytes : new byte[] {1, 2, 3});

        List<ConditionSearchIndex.StoredIndex> rebuilt = new ArrayList<>();
        var stored = new ConditionSearchIndex.StoredIndex(built.get(0).key(), damaged);
        ConditionSearchIndex index = ConditionSearchIndex.open(NAMES, stored, rebuilt::add);

        assertEquals(1, rebuilt.size(), "built again");
        assertEquals(List.of(558), codes(index.best("marfan", 10)));
    }

    private static List<Integer> codes(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::orphaCode).toList();
    }

    private static ConditionRecord condition(int code, String en, String nl, String synonym) {
        return new ConditionRecord(code, code, ClassificationLevel.DISORDER, 21394, "Disease", "Ziekte",
                ConditionStatus.ACTIVE, 1, en, nl, List.of(synonym), List.of(), null, null, null);
    }
}
