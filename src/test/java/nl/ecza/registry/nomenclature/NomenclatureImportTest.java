package nl.ecza.registry.nomenclature;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import nl.ecza.registry.nomenclature.importer.ImportResult;
import nl.ecza.registry.nomenclature.importer.NomenclatureImporter;
import nl.ecza.registry.nomenclature.importer.PackImportException;
import nl.ecza.registry.nomenclature.importer.PackSource;
import nl.ecza.registry.support.DatabaseFingerprint;
import nl.ecza.registry.support.PackFixture;

@QuarkusTest
class NomenclatureImportTest {

    private static final String EN = "ORPHAnomenclature_en.xml";

    @Inject
    NomenclatureImporter importer;

    @Inject
    AgroalDataSource dataSource;

    private PackFixture pack;

    @AfterEach
    void removeFixture() {
        if (pack != null) {
            pack.delete();
        }
    }

    private int count(String sql) {
        return Math.toIntExact(DatabaseFingerprint.count(dataSource, sql));
    }

    @Test
    void shouldHoldTheShippedPackWithTheExpectedCounts() {
        assertThat(count("select count(*) from condition"), equalTo(11_111));
        assertThat(count("select count(*) from condition where status = 'ACTIVE'"), equalTo(9_784));
        assertThat(count("select count(*) from condition where status = 'DEPRECATED'"), equalTo(323));
        assertThat(count("select count(*) from condition where status = 'OBSOLETE'"), equalTo(988));
        assertThat(count("select count(*) from condition where status = 'NON_RARE_IN_EUROPE'"), equalTo(16));
        assertThat(count("select count(*) from condition where status = 'ACTIVE' and classification_level = "
                + "'DISORDER'"), equalTo(6_527));
        assertThat(count("select count(*) from condition where status = 'ACTIVE' and classification_level = "
                + "'GROUP_OF_DISORDERS'"), equalTo(2_173));
        assertThat(count("select count(*) from condition where status = 'ACTIVE' and classification_level = "
                + "'SUBTYPE_OF_DISORDER'"), equalTo(1_084));
        assertThat(count("select count(*) from condition where name_nl is not null"), equalTo(7_420));
        assertThat(count("select count(*) from condition_synonym where language = 'en'"), equalTo(13_737));
        // Dutch synonyms added to the shipped pack from Orphanet's 2022 Dutch ORPHA-ICD-11 mapping (decision 0019):
        // 1,461 of 626 conditions in the Dutch file, 437 of 152 it has no entity for in ORPHA_synonyms_nl.tsv
        assertThat(count("select count(*) from condition_synonym where language = 'nl'"), equalTo(1_461 + 437));
        assertThat(count("select count(distinct orpha_code) from condition_synonym where language = 'nl'"),
                equalTo(626 + 152));
        assertThat(count("select count(*) from condition_synonym s join condition c using (orpha_code) "
                + "where s.language = 'nl' and c.status <> 'ACTIVE'"), equalTo(0));
        assertThat(count("select count(*) from condition where replacement_type = 'MOVED_TO'"), equalTo(323));
        assertThat(count("select count(*) from classification"), equalTo(34));
        assertThat(count("select count(*) from classification_edge"), equalTo(36_999));
        assertThat(count("select count(*) from condition_closure where distance = 0"), equalTo(11_111));
        // Every active entity but the 30 classification heads and the stand-alone 616874 has an ancestor.
        assertThat(count("select count(distinct descendant_code) from condition_closure where distance > 0"),
                equalTo(9_784 - 31));

        given().when().get("/v1/nomenclature-releases/1").then().statusCode(200)
                .body("dataVersion", equalTo("1.3.42 / 4.1.8 [2025-03-03]"))
                .body("extractionDate", equalTo("2025-06-24"))
                .body("entityCount", equalTo(11_111))
                .body("languages", equalTo(List.of("en", "nl")))
                .body("counts.find { it.classificationLevel == 'disorder' && it.status == 'active' }.count",
                        equalTo(6_527))
                .body("counts.find { it.classificationLevel == 'groupOfDisorders' && it.status == 'obsolete' }.count",
                        equalTo(376))
                .body("changes.added.size()", equalTo(11_111));
    }

    @Test
    void shouldChangeNothingWhenTheSamePackIsImportedAgain() {
        Map<String, String> before = DatabaseFingerprint.of(dataSource);

        ImportResult result = importer.importPack(PackSource.classpath(PackFixture.SHIPPED));

        assertThat(result.outcome(), equalTo(ImportResult.Outcome.UNCHANGED));
        assertThat(DatabaseFingerprint.of(dataSource), equalTo(before));
    }

    @Test
    void shouldRefuseATruncatedFileNamingFileAndLineAndKeepThePreviousData() throws Exception {
        pack = PackFixture.unpackShipped();
        String xml = pack.read(pack.file(EN));
        pack.write(pack.file(EN), xml.substring(0, xml.length() / 2));
        Map<String, String> before = DatabaseFingerprint.of(dataSource);

        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.importPack(PackSource.of(pack.root())));

        assertThat(e.file(), equalTo(EN));
        assertThat(e.line(), greaterThan(100_000));
        assertThat(e.reason(), containsString("not well-formed XML"));
        assertThat(DatabaseFingerprint.of(dataSource), equalTo(before));
        given().when().get("/v1/conditions/558").then().statusCode(200).body("names.en", equalTo("Marfan syndrome"));
    }

    @Test
    void shouldHoldTheIcdAlignmentsOfTheMasterFile() {
        assertThat(count("select count(*) from condition_icd_mapping where icd_revision = 'ICD_10'"), equalTo(7_076));
        assertThat(count("select count(*) from condition_icd_mapping where icd_revision = 'ICD_11'"), equalTo(4_928));
        assertThat(count("select count(*) from condition_icd_mapping where relation = 'EXACT'"), equalTo(688));
    }

    @Test
    void shouldRefuseAMalformedIcdAlignmentNamingFileAndLineAndKeepThePreviousData() {
        pack = PackFixture.unpackShipped();
        String icd = "ORPHA_ICD_mappings.tsv";
        pack.write(pack.file(icd), pack.read(pack.file(icd)).replace("558\tICD-10\tQ87.4\t", "558\tICD-10\tQ87.4.1\t"));
        Map<String, String> before = DatabaseFingerprint.of(dataSource);

        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.importPack(PackSource.of(pack.root())));

        assertThat(e.file(), equalTo(icd));
        assertThat(e.line(), greaterThan(1));
        assertThat(e.reason(), containsString("'Q87.4.1' is not an ICD-10 code"));
        assertThat(DatabaseFingerprint.of(dataSource), equalTo(before));
    }

    @Test
    void shouldRefuseADutchSynonymOfAnInactiveCodeNamingFileAndLineAndKeepThePreviousData() {
        pack = PackFixture.unpackShipped();
        String synonyms = "ORPHA_synonyms_nl.tsv";
        // ORPHA:34 is deprecated in the pack (moved to 79189).
        pack.write(pack.file(synonyms), pack.read(pack.file(synonyms)) + "34\tEen oude naam\n");
        Map<String, String> before = DatabaseFingerprint.of(dataSource);

        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.importPack(PackSource.of(pack.root())));

        assertThat(e.file(), equalTo(synonyms));
        assertThat(e.line(), equalTo(439));
        assertThat(e.reason(), containsString("ORPHA:34 is inactive"));
        assertThat(DatabaseFingerprint.of(dataSource), equalTo(before));
    }

    @Test
    void shouldRefuseADutchSynonymFileWithAnEmptySynonym() {
        pack = PackFixture.unpackShipped();
        String synonyms = "ORPHA_synonyms_nl.tsv";
        pack.write(pack.file(synonyms), pack.read(pack.file(synonyms)).replace("58\tAxD", "58\t "));

        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.importPack(PackSource.of(pack.root())));

        assertThat(e.file(), equalTo(synonyms));
        assertThat(e.reason(), containsString("the synonym is empty"));
    }

    @Test
    void shouldRefuseAFileCutAtAnEntityBoundaryBecauseTheCountDisagrees() {
        pack = PackFixture.unpackShipped();
        String xml = pack.read(pack.file(EN));
        int cut = xml.indexOf("</Disorder>", xml.length() / 2) + "</Disorder>".length();
        pack.write(pack.file(EN), xml.substring(0, cut) + "\n  </DisorderList>\n</JDBOR>\n");

        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.importPack(PackSource.of(pack.root())));

        assertThat(e.file(), equalTo(EN));
        assertThat(e.reason(), allOf(containsString("<DisorderList count=\"11111\">"),
                containsString("truncated or edited")));
    }

    @Test
    void shouldRefuseAForeignFile() throws Exception {
        pack = PackFixture.unpackShipped();
        pack.write(pack.file(EN), "<?xml version=\"1.0\"?>\n<html><body>Not found</body></html>\n");

        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.importPack(PackSource.of(pack.root())));

        assertThat(e.getMessage(),
                equalTo(EN + ", line 2: not an Orphanet pack file: the root element is <html>, expected <JDBOR>"));
    }

    @Test
    void shouldRefuseFilesFromAnotherPackVersion() {
        pack = PackFixture.unpackShipped();
        pack.edit(pack.classification(146, "nl"), xml -> xml.replace("version=\"1.3.42 / 4.1.8 [2025-03-03]\"",
                "version=\"1.3.40 / 4.1.7 [2024-03-01]\""));

        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.importPack(PackSource.of(pack.root())));

        assertThat(e.file(), endsWith("ORPHAclassification_146_rare_cardiac_diseases_nl.xml"));
        assertThat(e.reason(), containsString(
                "'1.3.40 / 4.1.7 [2024-03-01]' differs from '1.3.42 / 4.1.8 [2025-03-03]'"));
    }

    @Test
    void shouldRefuseAPackWithoutTheEnglishNomenclature() throws Exception {
        pack = PackFixture.unpackShipped();
        Files.delete(pack.file(EN));

        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.importPack(PackSource.of(pack.root())));

        assertThat(e.reason(), equalTo("the pack has no ORPHAnomenclature_en.xml"));
    }

    @Test
    void shouldRefuseAClassificationNodeThatTheNomenclatureDoesNotKnow() {
        pack = PackFixture.unpackShipped();
        pack.edit(pack.classification(212, "en"),
                xml -> xml.replaceFirst("<OrphaCode>(\\d+)</OrphaCode>(?![\\s\\S]*<OrphaCode>\\1</OrphaCode>)",
                        "<OrphaCode>987654321</OrphaCode>"));

        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.importPack(PackSource.of(pack.root())));

        assertThat(e.reason(), equalTo(
                "ORPHA:987654321 is not in ORPHAnomenclature_en.xml; classifications hold active entities only"));
        assertThat(e.line(), greaterThan(0));
    }

    @Test
    void shouldAcceptTheUpperCaseOrphaCodeTagTheDescriptionAlsoUses() {
        pack = PackFixture.unpackShipped();
        pack.edit(pack.file(EN), xml -> xml.replace("<OrphaCode>", "<ORPHAcode>")
                .replace("</OrphaCode>", "</ORPHAcode>"));

        ImportResult result = importer.importPack(PackSource.of(pack.root()));

        assertThat(result.outcome(), equalTo(ImportResult.Outcome.UNCHANGED));
    }

    @Test
    void shouldRecordAddedRenamedAndNewlyInactiveCodesAgainstThePreviousRelease() {
        pack = PackFixture.unpackShipped();
        PackChanges.renameMarfanAddOneAndObsoleteMethanolPoisoning(pack);
        try {
            ImportResult result = importer.importPack(PackSource.of(pack.root()));

            assertThat(result.outcome(), equalTo(ImportResult.Outcome.IMPORTED));
            assertThat(result.added(), contains(PackChanges.ADDED));
            assertThat(result.renamed(), contains(558));
            assertThat(result.newlyInactive(), contains(PackChanges.OBSOLETED));
            given().when().get("/v1/nomenclature-releases/" + result.releaseId()).then().statusCode(200)
                    .body("current", equalTo(true))
                    .body("changes.added", equalTo(List.of(PackChanges.ADDED)))
                    .body("changes.renamed", equalTo(List.of(558)))
                    .body("changes.newlyInactive", equalTo(List.of(PackChanges.OBSOLETED)));
            // The read model follows the import at once.
            given().header("Accept-Language", "en").when().get("/v1/conditions/" + PackChanges.OBSOLETED).then()
                    .statusCode(200).body("status", equalTo("obsolete"))
                    .body("replacement.orphaCode", equalTo(556508))
                    .body("replacement.association", equalTo("referredTo"));
            given().when().get("/v1/conditions/556508").then().statusCode(200)
                    .body("children.orphaCode", not(hasItems(PackChanges.OBSOLETED)));
            given().when().get("/v1/conditions/558").then().body("names.en", equalTo(PackChanges.MARFAN_RENAMED));
        } finally {
            PackChanges.restoreShipped(dataSource, importer);
        }
        given().when().get("/v1/conditions/558").then().body("names.en", equalTo("Marfan syndrome"));
        given().when().get("/v1/conditions/" + PackChanges.OBSOLETED).then().body("status", equalTo("active"));
        given().when().get("/v1/conditions/" + PackChanges.ADDED).then().statusCode(404);
    }
}
