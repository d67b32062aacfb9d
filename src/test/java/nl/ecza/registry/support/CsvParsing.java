package nl.ecza.registry.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Reads an exported CSV back with an independent parser, as a spreadsheet would: BOM, semicolons, header row. */
public final class CsvParsing {

    private CsvParsing() {
    }

    public static List<Map<String, String>> rows(byte[] body) throws IOException {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3),
                "UTF-8 byte-order mark for Excel");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
        try (MappingIterator<Map<String, String>> it =
                new CsvMapper().readerForMapOf(String.class).with(schema).readValues(text)) {
            return it.readAll();
        }
    }
}
