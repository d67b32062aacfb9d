package nl.ecza.registry.nomenclature.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import nl.ecza.registry.nomenclature.model.OrphaCodes;

/**
 * The frame of the tab-separated tables converted into a pack ({@link IcdMappingFile}, {@link DutchSynonymFile}):
 * a fixed header, then rows of as many columns (a blank line is skipped); anything else refuses the pack with its
 * line.
 */
final class PackTable {

    /** One row: its line number (the header is line 1) and its columns. */
    @FunctionalInterface
    interface Row {
        void accept(int line, String[] columns);
    }

    private PackTable() {
    }

    static void read(String file, InputStream content, String header, Row row) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        if (!header.equals(in.readLine())) {
            throw new PackImportException(file, 1, "the header must be: " + header.replace('\t', ' '));
        }
        int columns = header.split("\t", -1).length;
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != columns) {
                throw new PackImportException(file, number,
                        "expected %d tab-separated columns, found %d".formatted(columns, f.length));
            }
            row.accept(number, f);
        }
    }

    /** The ORPHAcode of a column: digits only, as the pack writes it. */
    static int orphaCode(String file, int line, String text) {
        var code = OrphaCodes.tryParse(text);
        if (code.isEmpty() || !text.chars().allMatch(Character::isDigit)) {
            throw new PackImportException(file, line, "'%s' is not an ORPHAcode".formatted(text));
        }
        return code.getAsInt();
    }
}
