package nl.ecza.registry.nomenclature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import nl.ecza.registry.nomenclature.importer.ImportNomenclatureCommand;
import nl.ecza.registry.support.DatabaseFingerprint;
import nl.ecza.registry.support.PackFixture;

/** The operator's command: exit codes and effect, on the real database. */
@QuarkusTest
class ImportCommandTest {

    @Inject
    ImportNomenclatureCommand command;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldImportAPackDirectoryAndReportNothingChangedForTheLoadedPack() {
        PackFixture pack = PackFixture.unpackShipped();
        try {
            Map<String, String> before = DatabaseFingerprint.of(dataSource);
            assertEquals(0, command.run(pack.root().toString()));
            assertEquals(before, DatabaseFingerprint.of(dataSource));
        } finally {
            pack.delete();
        }
    }

    @Test
    void shouldExitWithOneAndImportNothingForABrokenPack() {
        PackFixture pack = PackFixture.unpackShipped();
        try {
            pack.write(pack.file("ORPHAnomenclature_nl.xml"), "<JDBOR");
            Map<String, String> before = DatabaseFingerprint.of(dataSource);
            assertEquals(1, command.run(pack.root().toString()));
            assertEquals(before, DatabaseFingerprint.of(dataSource));
        } finally {
            pack.delete();
        }
    }

    @Test
    void shouldExitWithOneForAMissingPathAndTwoForWrongUsage() {
        assertEquals(1, command.run("/nonexistent/pack.zip"));
        assertEquals(2, command.run());
        assertEquals(2, command.run("a", "b"));
    }
}
