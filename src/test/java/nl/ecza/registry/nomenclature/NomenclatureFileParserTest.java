package nl.ecza.registry.nomenclature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ecza.registry.nomenclature.importer.PackImportException;
import nl.ecza.registry.nomenclature.importer.xml.NomenclatureEntry;
import nl.ecza.registry.nomenclature.importer.xml.NomenclatureFile;
import nl.ecza.registry.nomenclature.importer.xml.NomenclatureFileParser;
import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionStatus;
import nl.ecza.registry.nomenclature.model.ReplacementType;

/** The nomenclature file format as the pack description documents it, including its own variants. */
class NomenclatureFileParserTest {

    private static NomenclatureFile parse(String disorders, int count, String rootDate) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <JDBOR %s version="1.3.42 / 4.1.8 [2025-03-03]">
                  <Availability><Licence><ShortIdentifier>CC-BY-4.0</ShortIdentifier></Licence></Availability>
                  <DisorderList count="%d">
                %s
                  </DisorderList>
                </JDBOR>
                """.formatted(rootDate, count, disorders);
        return NomenclatureFileParser.parse("test.xml", "en",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    // Example 2 of the description: "ORPHAcode" spelling, a group, no aggregation level.
    private static final String GROUP = """
            <Disorder id="12622">
              <ORPHAcode>95498</ORPHAcode>
              <Name lang="en">Congenital anomaly of superior vena cava</Name>
              <FlagValue>1</FlagValue>
              <Totalstatus lang="en">Active</Totalstatus>
              <SynonymList count="2"><Synonym lang="en">Congenital anomaly of superior caval vein</Synonym>
                <Synonym lang="en">Congenital anomaly of the SVC</Synonym></SynonymList>
              <DisorderType id="36561"><Name lang="en">Category</Name></DisorderType>
              <ClassificationLevel id="36540"><Name lang="en">Group of disorders</Name></ClassificationLevel>
              <DisorderDisorderAssociationList count="0"></DisorderDisorderAssociationList>
              <AggregationLevelSection><AggregationLevelList count="0"/><ORPHAcodeAggregation/><PreferredTerm/>
                <AggregationLevelStatus>Not applicable</AggregationLevelStatus></AggregationLevelSection>
            </Disorder>""";

    // Example 1 of inactive entities: deprecated, "Moved to".
    private static final String DEPRECATED = """
            <Disorder id="963">
              <OrphaCode>670</OrphaCode>
              <Name lang="en">PIBIDS syndrome</Name>
              <FlagValue>8449</FlagValue>
              <Totalstatus lang="en">Inactive: Deprecated</Totalstatus>
              <SynonymList count="0"></SynonymList>
              <DisorderType/>
              <ClassificationLevel id="36547"><Name lang="en">Disorder</Name></ClassificationLevel>
              <DisorderDisorderAssociationList count="1"><DisorderDisorderAssociation>
                <TargetDisorder id="10319"><ORPHAcode>33364</ORPHAcode>\
            <Name lang="en">Trichothiodystrophy</Name></TargetDisorder>
                <RootDisorder id="963" cycle="true"/>
                <DisorderDisorderAssociationType id="21471">\
            <Name lang="en">Moved to</Name></DisorderDisorderAssociationType>
              </DisorderDisorderAssociation></DisorderDisorderAssociationList>
              <AggregationLevelSection><AggregationLevelList count="1"><AggregationLevel><ORPHAcode>33364</ORPHAcode>
                <AggregationLevelStatus>Applicable</AggregationLevelStatus></AggregationLevel>\
            </AggregationLevelList></AggregationLevelSection>
            </Disorder>""";

    // Example 3 of active entities: a subtype that is the target of an obsolete entity (reverse association).
    private static final String TARGET = """
            <Disorder id="12650">
              <OrphaCode>95626</OrphaCode>
              <Name lang="en">Acquired central diabetes insipidus</Name>
              <FlagValue>1</FlagValue>
              <Totalstatus lang="en">Active</Totalstatus>
              <DisorderType id="21450"><Name lang="en">Clinical subtype</Name></DisorderType>
              <ClassificationLevel id="36554"><Name lang="en">Subtype of disorder</Name></ClassificationLevel>
              <DisorderDisorderAssociationList count="1"><DisorderDisorderAssociation>
                <TargetDisorder id="12650" cycle="true"/>
                <RootDisorder id="12649"><ORPHAcode>95625</ORPHAcode>\
            <Name lang="en">OBSOLETE: Posttraumatic diabetes insipidus</Name></RootDisorder>
                <DisorderDisorderAssociationType id="27341">\
            <Name lang="en">Referred to</Name></DisorderDisorderAssociationType>
              </DisorderDisorderAssociation></DisorderDisorderAssociationList>
              <AggregationLevelSection><AggregationLevelList count="1"><AggregationLevel><OrphaCode>178029</OrphaCode>
                </AggregationLevel></AggregationLevelList></AggregationLevelSection>
            </Disorder>""";

    @Test
    void shouldReadTheDocumentedExamplesInBothTagSpellings() {
        NomenclatureFile file = parse(GROUP + DEPRECATED + TARGET, 3, "ExtractionDate=\"2025-06-24 07:39:30\"");

        assertEquals("1.3.42 / 4.1.8 [2025-03-03]", file.header().dataVersion());
        assertEquals(LocalDate.of(2025, 6, 24), file.header().extractionDate());
        NomenclatureEntry group = file.entries().get(0);
        assertEquals(95498, group.orphaCode());
        assertEquals(ClassificationLevel.GROUP_OF_DISORDERS, group.level());
        assertEquals(List.of("Congenital anomaly of superior caval vein", "Congenital anomaly of the SVC"),
                group.synonyms());
        assertNull(group.aggregationCode());

        NomenclatureEntry deprecated = file.entries().get(1);
        assertEquals(ConditionStatus.DEPRECATED, deprecated.status());
        assertEquals(33364, deprecated.replacementCode());
        assertEquals(ReplacementType.MOVED_TO, deprecated.replacementType());
        assertNull(deprecated.typologyId(), "an empty <DisorderType/> is tolerated");

        NomenclatureEntry target = file.entries().get(2);
        assertNull(target.replacementCode(), "the reverse entry on the target is not a replacement");
        assertEquals(178029, target.aggregationCode());
        assertEquals("Clinical subtype", target.typologyName());
    }

    @Test
    void shouldAcceptTheOlderDateAttribute() {
        assertEquals(LocalDate.of(2023, 7, 1),
                parse(GROUP, 1, "date=\"2023-07-01 10:00:00\"").header().extractionDate());
    }

    @Test
    void shouldRefuseACountThatDisagreesWithTheContent() {
        PackImportException e = assertThrows(PackImportException.class, () -> parse(GROUP, 2, "date=\"2023-07-01\""));
        assertEquals(4, e.line());
        assertTrue(e.reason().contains("count=\"2\"> but the file holds 1"), e.reason());
    }

    @Test
    void shouldRefuseAnUnknownStatusNamingTheEntityAndLine() {
        PackImportException e = assertThrows(PackImportException.class,
                () -> parse(GROUP.replace("<Totalstatus lang=\"en\">Active", "<Totalstatus lang=\"en\">Pending")
                        .replace("<FlagValue>1</FlagValue>", "<FlagValue>77</FlagValue>"), 1, "date=\"2023-07-01\""));
        assertEquals("test.xml", e.file());
        assertEquals(5, e.line());
        assertTrue(e.reason().startsWith("ORPHA:95498 has an unknown status"), e.reason());
    }

    @Test
    void shouldRefuseATwiceListedCode() {
        PackImportException e = assertThrows(PackImportException.class,
                () -> parse(GROUP + GROUP, 2, "date=\"2023-07-01\""));
        assertEquals("ORPHA:95498 appears twice", e.reason());
    }

    @Test
    void shouldRefuseAnEntityWithoutCode() {
        PackImportException e = assertThrows(PackImportException.class,
                () -> parse(GROUP.replace("<ORPHAcode>95498</ORPHAcode>", ""), 1, "date=\"2023-07-01\""));
        assertEquals("<Disorder> has no valid OrphaCode", e.reason());
    }
}
