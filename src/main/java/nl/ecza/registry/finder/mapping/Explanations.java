package nl.ecza.registry.finder.mapping;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.finder.api.CentreConditionMatch.Relation;

/** One sentence per match that a patient or an adviser can read. */
final class Explanations {

    private Explanations() {
    }

    /** Concatenated, not formatted: one per match on every finder page, and a format string is parsed per call. */
    static String of(Relation relation, String recognised, String searched, Language language) {
        boolean en = language == Language.EN;
        return switch (relation) {
            case EXACT -> en ? "Recognised for " + recognised + "." : "Erkend voor " + recognised + ".";
            case BROADER -> en ? "Recognised for " + recognised + ", a broader category that includes " + searched + "."
                    : "Erkend voor " + recognised + ", een bredere categorie waar " + searched + " onder valt.";
            case NARROWER -> en ? "Recognised for " + recognised + ", which falls under " + searched + "."
                    : "Erkend voor " + recognised + ", dat onder " + searched + " valt.";
        };
    }
}
