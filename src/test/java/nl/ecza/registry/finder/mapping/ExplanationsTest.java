package nl.ecza.registry.finder.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.finder.api.CentreConditionMatch.Relation;

/** Each relation's sentence in both languages, word for word. */
class ExplanationsTest {

    @Test
    void shouldExplainEachRelationInBothLanguages() {
        assertEquals("Erkend voor Syndroom van Marfan.",
                Explanations.of(Relation.EXACT, "Syndroom van Marfan", "Syndroom van Marfan", Language.NL));
        assertEquals("Recognised for Marfan syndrome.",
                Explanations.of(Relation.EXACT, "Marfan syndrome", "Marfan syndrome", Language.EN));
        assertEquals("Erkend voor Bindweefselziekte, een bredere categorie waar Syndroom van Marfan onder valt.",
                Explanations.of(Relation.BROADER, "Bindweefselziekte", "Syndroom van Marfan", Language.NL));
        assertEquals("Recognised for Connective tissue disease, a broader category that includes Marfan syndrome.",
                Explanations.of(Relation.BROADER, "Connective tissue disease", "Marfan syndrome", Language.EN));
        assertEquals("Erkend voor Syndroom van Marfan type 1, dat onder Syndroom van Marfan valt.",
                Explanations.of(Relation.NARROWER, "Syndroom van Marfan type 1", "Syndroom van Marfan", Language.NL));
        assertEquals("Recognised for Marfan syndrome type 1, which falls under Marfan syndrome.",
                Explanations.of(Relation.NARROWER, "Marfan syndrome type 1", "Marfan syndrome", Language.EN));
    }
}
