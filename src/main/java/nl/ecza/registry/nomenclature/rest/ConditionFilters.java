package nl.ecza.registry.nomenclature.rest;

import java.util.function.Predicate;

import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.ConditionStatus;
import nl.ecza.registry.nomenclature.search.TextAnalysis;

/** Turns the list parameters into a filter and a query, refusing values the API does not define. */
final class ConditionFilters {

    private ConditionFilters() {
    }

    static Predicate<ConditionRecord> of(String status, String classificationLevel) {
        Predicate<ConditionRecord> filter = c -> true;
        if (status != null) {
            ConditionStatus wanted = ConditionStatus.fromApiValue(status);
            if (wanted == null) {
                throw InvalidParametersException.of("status",
                        "moet active, deprecated, obsolete of nonRareInEurope zijn",
                        "must be active, deprecated, obsolete or nonRareInEurope");
            }
            filter = filter.and(c -> c.status() == wanted);
        }
        if (classificationLevel != null) {
            ClassificationLevel wanted = ClassificationLevel.fromApiValue(classificationLevel);
            if (wanted == null) {
                throw InvalidParametersException.of("classificationLevel",
                        "moet groupOfDisorders, disorder of subtypeOfDisorder zijn",
                        "must be groupOfDisorders, disorder or subtypeOfDisorder");
            }
            filter = filter.and(c -> c.level() == wanted);
        }
        return filter;
    }

    /** The search text, or null for "no search"; text without a single letter or digit cannot match and is refused. */
    static String query(String q, int maxLength) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > maxLength) {
            throw InvalidParametersException.of("q", "mag hoogstens %d tekens lang zijn".formatted(maxLength),
                    "must be at most %d characters".formatted(maxLength));
        }
        if (!TextAnalysis.searchable(q)) {
            throw InvalidParametersException.of("q", "moet minstens één letter of cijfer bevatten",
                    "must contain at least one letter or digit");
        }
        return q.trim();
    }
}
