package nl.ecza.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ecza.registry.common.csv.CsvTable;
import nl.ecza.registry.support.CsvParsing;

/** The CSV dialect: quoting, line breaks, diacritics and formula-looking cells survive a round trip. */
class CsvTableTest {

    @Test
    void shouldRoundTripAwkwardCells() throws IOException {
        byte[] csv = new CsvTable(List.of("naam", "toelichting", "getal"))
                .row("Sjögren; \"syndroom\"", "regel 1\r\nregel 2", -12).row("=HYPERLINK(\"x\")", null, 3.5).bytes();
        List<Map<String, String>> rows = CsvParsing.rows(csv);
        assertEquals("Sjögren; \"syndroom\"", rows.get(0).get("naam"));
        assertEquals("regel 1\r\nregel 2", rows.get(0).get("toelichting"));
        assertEquals("-12", rows.get(0).get("getal"));
        assertEquals("'=HYPERLINK(\"x\")", rows.get(1).get("naam"), "never a live formula");
        assertEquals("", rows.get(1).get("toelichting"));
    }
}
