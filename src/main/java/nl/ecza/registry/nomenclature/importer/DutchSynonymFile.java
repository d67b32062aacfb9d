package nl.ecza.registry.nomenclature.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

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
        List<Synonym> result = new ArrayList<>();
        PackTable.read(file, content, HEADER, (line, f) -> {
            int code = PackTable.orphaCode(file, line, f[0]);
            if (f[1].isBlank() || !f[1].equals(f[1].strip())) {
                throw new PackImportException(file, line, "the synonym is empty or starts or ends with a space");
            }
            result.add(new Synonym(code, f[1], line));
        });
        return List.copyOf(result);
    }
}
