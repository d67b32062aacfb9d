package nl.ecza.registry.nomenclature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.ecza.registry.nomenclature.importer.PackImportException;
import nl.ecza.registry.nomenclature.importer.xml.ClassificationFile;
import nl.ecza.registry.nomenclature.importer.xml.ClassificationFileParser;

class ClassificationFileParserTest {

    private static String node(int code, String children) {
        int count = children.isEmpty() ? 0 : children.split("<ClassificationNode>", -1).length - 1 - nested(children);
        return "<ClassificationNode><Disorder id=\"1\"><OrphaCode>" + code + "</OrphaCode><Name lang=\"en\">N" + code
                + "</Name></Disorder><ClassificationNodeChildList count=\"" + count + "\">" + children
                + "</ClassificationNodeChildList></ClassificationNode>\n";
    }

    /** Nodes inside children's own child lists do not count for this level. */
    private static int nested(String children) {
        int depth = 0;
        int nestedNodes = 0;
        for (int i = 0; i < children.length(); i++) {
            if (children.startsWith("<ClassificationNode>", i)) {
                if (depth > 0) {
                    nestedNodes++;
                }
                depth++;
            } else if (children.startsWith("</ClassificationNode>", i)) {
                depth--;
            }
        }
        return nestedNodes;
    }

    private static ClassificationFile parse(String roots) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <JDBOR ExtractionDate="2025-06-24 07:39:30" version="1.3.42 / 4.1.8 [2025-03-03]">
                  <ClassificationList count="1"><Classification id="146"><OrphaNumber>156265</OrphaNumber>
                    <Name lang="en">Orphanet classification of rare cardiac diseases</Name>
                    <ClassificationNodeRootList count="1">%s</ClassificationNodeRootList>
                  </Classification></ClassificationList>
                </JDBOR>""".formatted(roots);
        return ClassificationFileParser.parse("c.xml", "en",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldTurnTheTreeIntoEdgesKeepingARepeatedNodeUnderEachParent() {
        ClassificationFile file = parse(node(1, node(2, node(4, "")) + node(3, node(4, ""))));

        assertEquals(146, file.classificationId());
        assertEquals(156265, file.orphaNumber());
        assertEquals(List.of(1), file.heads());
        assertEquals(Set.of(new ClassificationFile.Edge(1, 2), new ClassificationFile.Edge(1, 3),
                new ClassificationFile.Edge(2, 4), new ClassificationFile.Edge(3, 4)), file.edges());
    }

    @Test
    void shouldTreatTheEntitiesUnderABareRootNodeAsHeads() {
        // Classification 235 of the 2025 pack: a root node without a Disorder.
        ClassificationFile file = parse("<ClassificationNode><ClassificationNodeChildList count=\"1\">"
                + node(616874, "")
                + "</ClassificationNodeChildList></ClassificationNode>");

        assertEquals(List.of(616874), file.heads());
        assertEquals(Set.of(), file.edges());
    }

    @Test
    void shouldRefuseAChildCountThatDisagrees() {
        PackImportException e = assertThrows(PackImportException.class,
                () -> parse(node(1, node(2, "")).replace("count=\"1\"", "count=\"3\"")));
        assertTrue(e.reason().contains("ORPHA:1 declares 3 children but has 1"), e.reason());
    }
}
