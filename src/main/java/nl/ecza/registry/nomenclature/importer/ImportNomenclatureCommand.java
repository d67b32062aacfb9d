package nl.ecza.registry.nomenclature.importer;

import java.nio.file.Path;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import io.quarkus.runtime.QuarkusApplication;

/**
 * The operator's import command: {@code java -jar quarkus-run.jar import-nomenclature <pack directory or zip>}.
 * Runs against the configured database, prints the summary and exits 0 on success (also when nothing
 * changed), 1 when the pack was refused (nothing imported), 2 on wrong usage.
 */
@Dependent
public class ImportNomenclatureCommand implements QuarkusApplication {

    public static final String NAME = "import-nomenclature";

    @Inject
    NomenclatureImporter importer;

    @Override
    public int run(String... args) {
        if (args.length != 1) {
            System.err.println("Usage: " + NAME + " <Orphanet pack: a directory or zip with ORPHAnomenclature_en.xml, "
                    + "ORPHAnomenclature_nl.xml and the ORPHAclassification_*.xml files>");
            return 2;
        }
        try {
            ImportResult result = importer.importPack(PackSource.of(Path.of(args[0])));
            System.out.println(result.describe());
            return 0;
        } catch (PackImportException e) {
            System.err.println("Import refused, nothing was imported: " + e.getMessage());
            return 1;
        }
    }
}
