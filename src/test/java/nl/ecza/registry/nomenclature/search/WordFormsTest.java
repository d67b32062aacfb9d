package nl.ecza.registry.nomenclature.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.ConditionStatus;

/**
 * A word's forms are kept once per name at the score of their best form, and a search scores a word by that form:
 * whole word 1.0, spelling variant 0.95, leading part 0.9, leading part of a spelling variant 0.85 - whether the
 * typed word is its own spelling-variant key (one field of both) or not (one field each).
 */
class WordFormsTest {

    /** A word's score is read back beside the name's larger parts (active, start): floats keep it to a thousandth. */
    private static final float SCORE_STEP = 0.001f;
    private static ConditionSearchIndex index;

    @BeforeAll
    static void index() {
        index = ConditionSearchIndex.build(List.of(
                condition(1, "Haem haemoglobin"),
                condition(2, "Hemoglobin variant"),
                condition(3, "Haemangioma"),
                condition(4, "Oesophageal atresia"),
                condition(5, "Zzyzx zzyzx zzyzx")));
    }

    @Test
    void shouldKeepEachFormOnceAtItsBestScore() {
        Map<String, Integer> forms = WordForms.forms(List.of("haemoglobin", "haem"), 100, 90);
        assertEquals(100, forms.get("haem"), "a whole word of the name, though also the start of another");
        assertEquals(90, forms.get("haemoglobi"));
        assertEquals(100, forms.get("haemoglobin"));
        assertEquals(90, forms.get("h"));
        assertEquals(11, forms.size(), "h .. haemoglobin, each once");
    }

    @Test
    void shouldKeepLeadingPartsUpToTheLimitAndTheWholeWordBeyondIt() {
        String word = "pseudohypoparathyroidism";
        Map<String, Integer> forms = WordForms.forms(List.of(word), 100, 90);
        assertEquals(TextAnalysis.MAX_PREFIX + 1, forms.size());
        assertEquals(90, forms.get(word.substring(0, TextAnalysis.MAX_PREFIX)));
        assertFalse(forms.containsKey(word.substring(0, TextAnalysis.MAX_PREFIX + 1)));
        assertEquals(100, forms.get(word));
    }

    @Test
    void shouldScoreAWordByItsBestForm() {
        assertEquals(1.0f, score("zzyzx", 5), SCORE_STEP, "a word three times in a name counts once");
        assertEquals(0.9f, score("zzy", 5), SCORE_STEP);
        assertEquals(1.0f, score("hemoglobin", 2), SCORE_STEP, "its own spelling key: the one field of both");
        assertEquals(0.95f, score("haemoglobin", 2), SCORE_STEP, "a British spelling of the American name");
        assertEquals(1.0f, score("haemoglobin", 1), SCORE_STEP);
        assertEquals(0.9f, score("haemo", 1), SCORE_STEP);
        assertEquals(0.85f, score("haemo", 2), SCORE_STEP, "the start of the key hemoglobin");
        assertEquals(0.85f, score("hemang", 3), SCORE_STEP, "the start of the key of haemangioma");
        assertEquals(0.95f, score("esophageal", 4), SCORE_STEP);
    }

    private static float score(String text, int code) {
        return index.search(text, c -> c == code, 0, 1).hits().get(0).score();
    }

    private static ConditionRecord condition(int code, String name) {
        return new ConditionRecord(code, code, ClassificationLevel.DISORDER, 21394, "Disease", "Ziekte",
                ConditionStatus.ACTIVE, 1, name, null, List.of(), List.of(), null, null, null);
    }
}
