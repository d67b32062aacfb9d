package nl.ecza.registry.finder.mapping;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.finder.api.CentreConditionMatch.Relation;

/** One sentence per match that a patient or an adviser can read. */
final class Explanations {

    private Explanations() {
    }

    static String of(Relation relation, String recognised, String searched, Language language) {
        boolean en = language == Language.EN;
        return switch (relation) {
            case EXACT -> en ? "Recognised for %s.".formatted(recognised) : "Erkend voor %s.".formatted(recognised);
            case BROADER -> en ? "Recognised for %s, a broader category that includes %s."
                    .formatted(recognised, searched)
                    : "Erkend voor %s, een bredere categorie waar %s onder valt.".formatted(recognised, searched);
            case NARROWER -> en ? "Recognised for %s, which falls under %s.".formatted(recognised, searched)
                    : "Erkend voor %s, dat onder %s valt.".formatted(recognised, searched);
        };
    }
}
