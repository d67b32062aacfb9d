package nl.ecza.registry.nomenclature.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.ecza.registry.nomenclature.model.IcdCodes;
import nl.ecza.registry.nomenclature.model.IcdMapping;
import nl.ecza.registry.nomenclature.model.IcdRelation;
import nl.ecza.registry.nomenclature.model.IcdRevision;

/**
 * Reads {@code ORPHA_ICD_mappings.tsv}: the ICD-10 and ICD-11 alignments of the pack's Master file, converted once by
 * {@code scripts/build-shipped-pack.py} so the service needs no spreadsheet library (decision 0023). Columns:
 * orpha_code, icd_revision (ICD-10 or ICD-11), icd_code, mapping_relation (E, NTBT, BTNT, ND, W or empty),
 * relation_source. A "W" (wrong) alignment is skipped; anything malformed refuses the pack with its line.
 */
final class IcdMappingFile {

    static final String HEADER = "orpha_code\ticd_revision\ticd_code\tmapping_relation\trelation_source";

    private IcdMappingFile() {
    }

    static List<IcdMapping> parse(String file, InputStream content) throws IOException {
        List<IcdMapping> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        PackTable.read(file, content, HEADER, (number, f) -> {
            int code = PackTable.orphaCode(file, number, f[0]);
            IcdRevision revision = IcdRevision.fromLabel(f[1]);
            if (revision == null) {
                throw new PackImportException(file, number, "'%s' is not ICD-10 or ICD-11".formatted(f[1]));
            }
            if (!IcdCodes.isCode(revision, f[2])) {
                throw new PackImportException(file, number, "'%s' is not an %s code".formatted(f[2], revision.label()));
            }
            if (f[3].equals("W")) {
                return;
            }
            IcdRelation relation = IcdRelation.fromOrphanet(f[3]);
            if (relation == null) {
                throw new PackImportException(file, number,
                        "'%s' is not a mapping relation (E, NTBT, BTNT, ND, W or empty)".formatted(f[3]));
            }
            if (!seen.add(f[0] + "\t" + f[1] + "\t" + f[2])) {
                throw new PackImportException(file, number,
                        "ORPHA:%s and %s %s appear twice".formatted(f[0], f[1], f[2]));
            }
            result.add(new IcdMapping(code, revision, f[2], relation));
        });
        return List.copyOf(result);
    }
}
