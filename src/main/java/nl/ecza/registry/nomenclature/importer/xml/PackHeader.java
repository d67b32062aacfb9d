package nl.ecza.registry.nomenclature.importer.xml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The JDBOR root attributes every pack file carries: the Orphanet data version and the extraction date. */
public record PackHeader(String dataVersion, LocalDate extractionDate, int line) {

    /** Reads the root element the stream is on; refuses a file whose root is not JDBOR. */
    public static PackHeader read(XmlStream xml) {
        int line = xml.line();
        if (!"JDBOR".equalsIgnoreCase(xml.localName())) {
            throw xml.error(line, "not an Orphanet pack file: the root element is <%s>, expected <JDBOR>"
                    .formatted(xml.localName()));
        }
        String version = xml.attribute("version");
        if (version == null || version.isBlank()) {
            throw xml.error(line, "<JDBOR> has no version attribute");
        }
        // Orphanet has used both ExtractionDate (2022, 2024, 2025) and date (2019, 2021, 2023).
        String date = xml.attribute("ExtractionDate");
        if (date == null) {
            date = xml.attribute("date");
        }
        if (date == null || date.length() < 10) {
            throw xml.error(line, "<JDBOR> has no ExtractionDate (or date) attribute");
        }
        try {
            return new PackHeader(version.trim(), LocalDate.parse(date.trim().substring(0, 10)), line);
        } catch (DateTimeParseException e) {
            throw xml.error(line, "<JDBOR> ExtractionDate '%s' is not a date".formatted(date));
        }
    }
}
