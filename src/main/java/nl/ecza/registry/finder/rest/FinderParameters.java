package nl.ecza.registry.finder.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.ecza.registry.common.identity.Identifiers;
import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.finder.search.CentreFinder;
import nl.ecza.registry.finder.search.FinderQuery;
import nl.ecza.registry.nomenclature.model.OrphaCodes;
import nl.ecza.registry.nomenclature.search.TextAnalysis;

/** Turns the finder's query parameters into a {@link FinderQuery}, naming every parameter it refuses. */
@ApplicationScoped
public class FinderParameters {

    static final int MAX_QUERY_LENGTH = 200;
    static final Set<String> PROVINCES = Set.of("groningen", "fryslan", "drenthe", "overijssel", "flevoland",
            "gelderland", "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant", "limburg");

    public FinderQuery query(RegisterSnapshot register, String orphaCode, String q, String ern,
            String institution, String city, String province) {
        List<InvalidParametersException.Violation> violations = new ArrayList<>();
        Integer code = null;
        if (present(orphaCode)) {
            var parsed = OrphaCodes.tryParse(orphaCode);
            if (parsed.isEmpty()) {
                violations.add(violation("orphaCode", "is geen ORPHAcode; gebruik bijvoorbeeld ORPHA:558 of 558",
                        "is not an ORPHAcode; use for example ORPHA:558 or 558"));
            } else {
                code = parsed.getAsInt();
            }
        }
        String text = present(q) ? q.trim() : null;
        if (text != null && code != null) {
            violations.add(violation("q", "gebruik q of orphaCode, niet allebei", "use q or orphaCode, not both"));
        } else if (text != null && text.length() > MAX_QUERY_LENGTH) {
            violations.add(violation("q", "mag hoogstens %d tekens lang zijn".formatted(MAX_QUERY_LENGTH),
                    "must be at most %d characters".formatted(MAX_QUERY_LENGTH)));
        } else if (text != null && !TextAnalysis.searchable(text)) {
            violations.add(violation("q", "moet minstens één letter of cijfer bevatten",
                    "must contain at least one letter or digit"));
        }
        String ernCode = present(ern) ? ern.trim().toLowerCase(Locale.ROOT) : null;
        if (ernCode != null && register.network(ernCode).isEmpty()) {
            violations.add(violation("ern", "is geen bekend netwerk; zie /v1/european-reference-networks",
                    "is not a known network; see /v1/european-reference-networks"));
        }
        UUID institutionId = null;
        if (present(institution)) {
            try {
                institutionId = Identifiers.uuid("institution", institution.trim());
                if (register.institution(institutionId).isEmpty()) {
                    violations.add(violation("institution", "is geen bekende instelling; zie /v1/institutions",
                            "is not a known institution; see /v1/institutions"));
                }
            } catch (InvalidParametersException e) {
                violations.add(violation("institution", "moet een UUID zijn", "must be a UUID"));
            }
        }
        if (present(province) && !PROVINCES.contains(CentreFinder.fold(province))) {
            violations.add(violation("province", "is geen Nederlandse provincie", "is not a Dutch province"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        return new FinderQuery(code, text, ernCode, institutionId, present(city) ? city.trim() : null,
                present(province) ? province.trim() : null);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static InvalidParametersException.Violation violation(String name, String nl, String en) {
        return new InvalidParametersException.Violation(name, LocalizedText.of(nl, en));
    }
}
