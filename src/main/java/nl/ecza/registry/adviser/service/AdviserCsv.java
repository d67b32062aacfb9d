package nl.ecza.registry.adviser.service;

import java.util.List;

import nl.ecza.registry.adviser.api.ConditionComparison;
import nl.ecza.registry.common.csv.CsvTable;
import nl.ecza.registry.common.language.Language;

/** Adviser rows as a spreadsheet, with headers in the caller's language. */
public final class AdviserCsv {

    private static final List<String> NL = List.of("centrum-id", "centrum", "hoofdinstelling", "instellingen",
            "plaats", "ORPHAcode", "erkende aandoening", "relatie", "erkend sinds", "geldig tot", "ERN-lidmaatschappen",
            "telefoon verwijzers", "e-mail verwijzers", "website verwijzers");
    private static final List<String> EN = List.of("centre id", "centre", "leading institution", "institutions",
            "city", "ORPHAcode", "recognised condition", "relation", "recognised since", "valid until",
            "ERN memberships", "professional phone", "professional email", "professional website");

    private AdviserCsv() {
    }

    public static byte[] of(List<ConditionComparison.Row> rows, Language language) {
        CsvTable table = new CsvTable(language == Language.EN ? EN : NL);
        for (ConditionComparison.Row r : rows) {
            table.row(r.centreId(), r.centre(), r.leadingInstitution(), String.join(", ", r.institutions()), r.city(),
                    "ORPHA:" + r.recognisedOrphaCode(), r.recognisedCondition(),
                    r.relation() == null ? null : r.relation().value(), r.recognisedSince(), r.validUntil(),
                    String.join(", ", r.networks()), r.professionalPhone(), r.professionalEmail(),
                    r.professionalWebsite());
        }
        return table.bytes();
    }
}
