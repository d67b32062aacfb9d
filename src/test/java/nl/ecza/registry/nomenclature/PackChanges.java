package nl.ecza.registry.nomenclature;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import javax.sql.DataSource;

import nl.ecza.registry.nomenclature.importer.ImportResult;
import nl.ecza.registry.nomenclature.importer.NomenclatureImporter;
import nl.ecza.registry.nomenclature.importer.PackSource;
import nl.ecza.registry.support.DatabaseFingerprint;
import nl.ecza.registry.support.PackFixture;

/** Turns the shipped pack into a plausible "next year's pack": one code added, one renamed, one made obsolete. */
final class PackChanges {

    static final int ADDED = 999_001;
    /** Methanol poisoning: a leaf found only in classification 204, parent 556508. */
    static final int OBSOLETED = 31_825;
    static final String MARFAN_RENAMED = "Marfan syndrome (renamed)";

    private PackChanges() {
    }

    static void renameMarfanAddOneAndObsoleteMethanolPoisoning(PackFixture pack) {
        var en = pack.file("ORPHAnomenclature_en.xml");
        pack.editDisorder(en, 558, d -> d.replace("<Name lang=\"en\">Marfan syndrome</Name>",
                "<Name lang=\"en\">" + MARFAN_RENAMED + "</Name>"));
        pack.editDisorder(en, OBSOLETED, d -> d
                .replace("<FlagValue>1</FlagValue>", "<FlagValue>8208</FlagValue>")
                .replace("<Totalstatus lang=\"en\">Active</Totalstatus>",
                        "<Totalstatus lang=\"en\">Inactive: Obsolete</Totalstatus>")
                .replaceFirst("<DisorderDisorderAssociationList count=\"0\">\\s*</DisorderDisorderAssociationList>", """
                        <DisorderDisorderAssociationList count="1">
                          <DisorderDisorderAssociation>
                            <TargetDisorder id="1"><OrphaCode>556508</OrphaCode><Name \
                        lang="en">x</Name></TargetDisorder>
                            <RootDisorder id="2" cycle="true"/>
                            <DisorderDisorderAssociationType id="27341"><Name lang="en">Referred \
                        to</Name></DisorderDisorderAssociationType>
                          </DisorderDisorderAssociation>
                        </DisorderDisorderAssociationList>"""));
        pack.edit(en, xml -> xml.replace("<DisorderList count=\"11111\">", "<DisorderList count=\"11112\">")
                .replace("</DisorderList>", """
                        <Disorder id="999999">
                          <OrphaCode>%d</OrphaCode>
                          <Name lang="en">Newly described test syndrome</Name>
                          <FlagValue>1</FlagValue>
                          <Totalstatus lang="en">Active</Totalstatus>
                          <SynonymList count="1"><Synonym lang="en">NDTS</Synonym></SynonymList>
                          <DisorderType id="21394"><Name lang="en">Disease</Name></DisorderType>
                          <ClassificationLevel id="36547"><Name lang="en">Disorder</Name></ClassificationLevel>
                        </Disorder>
                      </DisorderList>""".formatted(ADDED)));
        for (String language : new String[] {"en", "nl"}) {
            // Inactive entities leave the classifications: drop the leaf node and its parent's child count.
            pack.edit(pack.classification(204, language), xml -> {
                int code = xml.indexOf("<OrphaCode>" + OBSOLETED + "</OrphaCode>");
                int start = xml.lastIndexOf("<ClassificationNode>", code);
                int end = xml.indexOf("</ClassificationNode>", code) + "</ClassificationNode>".length();
                int list = xml.lastIndexOf("<ClassificationNodeChildList count=\"", start);
                while (xml.startsWith("<ClassificationNodeChildList count=\"0\"", list)) {
                    list = xml.lastIndexOf("<ClassificationNodeChildList count=\"", list - 1);
                }
                int countStart = list + "<ClassificationNodeChildList count=\"".length();
                int countEnd = xml.indexOf('"', countStart);
                int children = Integer.parseInt(xml.substring(countStart, countEnd));
                return xml.substring(0, countStart) + (children - 1) + xml.substring(countEnd, start)
                        + xml.substring(end);
            });
        }
    }

    /** Puts the shipped pack back: the test code is removed first, because the importer refuses to drop codes. */
    static void restoreShipped(DataSource dataSource, NomenclatureImporter importer) {
        DatabaseFingerprint.execute(dataSource,
                "delete from condition_closure where descendant_code = " + ADDED + " or ancestor_code = " + ADDED,
                "delete from condition_synonym where orpha_code = " + ADDED,
                "delete from condition where orpha_code = " + ADDED);
        ImportResult restored = importer.importPack(PackSource.classpath(PackFixture.SHIPPED));
        assertThat(restored.outcome(), equalTo(ImportResult.Outcome.IMPORTED));
        assertThat(restored.reactivated(), contains(OBSOLETED));
    }
}
