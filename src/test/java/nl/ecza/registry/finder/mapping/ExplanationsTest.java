package nl.ecza.registry.finder.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.finder.api.CentreConditionMatch.Relation;

/** Each relation's sentence in both languages, word for word. */
class ExplanationsTest {

    @ParameterizedTest(name = "{0} in {3}")
    @CsvSource(delimiter = '|', value = {
        "EXACT    | Syndroom van Marfan        | Syndroom van Marfan | NL | Erkend voor Syndroom van Marfan.",
        "EXACT    | Marfan syndrome            | Marfan syndrome     | EN | Recognised for Marfan syndrome.",
        "BROADER  | Bindweefselziekte          | Syndroom van Marfan | NL | Erkend voor Bindweefselziekte, een "
                + "bredere categorie waar Syndroom van Marfan onder valt.",
        "BROADER  | Connective tissue disease  | Marfan syndrome     | EN | Recognised for Connective tissue "
                + "disease, a broader category that includes Marfan syndrome.",
        "NARROWER | Syndroom van Marfan type 1 | Syndroom van Marfan | NL | Erkend voor Syndroom van Marfan type 1, "
                + "dat onder Syndroom van Marfan valt.",
        "NARROWER | Marfan syndrome type 1     | Marfan syndrome     | EN | Recognised for Marfan syndrome type 1, "
                + "which falls under Marfan syndrome."})
    void shouldExplainEachRelationInBothLanguages(Relation relation, String recognised, String searched,
            Language language, String sentence) {
        assertEquals(sentence, Explanations.of(relation, recognised, searched, language));
    }
}
