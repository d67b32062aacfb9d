package nl.ecza.registry.nomenclature.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.ecza.registry.nomenclature.model.OrphaCodes;

/**
 * Reads {@code ORPHA_synonyms_nl.tsv}: Dutch synonyms of conditions that have no entity in the pack's Dutch
 * nomenclature file, which cannot hold them (an entity needs a Dutch name). The shipped pack takes them from
 * Orphanet's 2022 Dutch ORPHA-to-ICD-11 mapping (decision 0019). Columns: orpha_code, synonym; anything malformed
 * refuses the pack with its line.
 */
final class DutchSynonymFile {

    static final String HEADER = "orpha_code\tsynonym";

    /** A Dutch synonym of one condition, with the line it came from for a refusal. */
    record Synonym(int orphaCode, String text, int line) {
    }

    private DutchSynonymFile() {
    }

    static List<Synonym> parse(String file, InputStream content) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        String header = in.readLine();
        if (!HEADER.equals(header)) {
            throw new PackImportException(file, 1, "the header must be: " + HEADER.replace('\t', ' '));
        }
        List<Synonym> result = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2) {
                throw new PackImportException(file, number, "expected 2 tab-separated columns, found " + f.length);
            }
            var code = OrphaCodes.tryParse(f[0]);
            if (code.isEmpty() || !f[0].chars().allMatch(Character::isDigit)) {
                throw new PackImportException(file, number, "'%s' is not an ORPHAcode".formatted(f[0]));
            }
            if (f[1].isBlank() || !f[1].equals(f[1].strip())) {
                throw new PackImportException(file, number, "the synonym is empty or starts or ends with a space");
            }
            result.add(new Synonym(code.getAsInt(), f[1], number));
        }
        return List.copyOf(result);
    }
}
