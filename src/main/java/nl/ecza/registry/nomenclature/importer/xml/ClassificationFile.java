package nl.ecza.registry.nomenclature.importer.xml;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A parsed ORPHAclassification_{id}_{name}_{lang}.xml: one classification tree as parent -> child edges. */
public record ClassificationFile(
        String file,
        String language,
        PackHeader header,
        int classificationId,
        Integer orphaNumber,
        String name,
        List<Integer> heads,
        Set<Edge> edges,
        Map<Integer, Node> nodes) {

    public record Edge(int parent, int child) {
    }

    /** What the file says about an entity, kept for cross-checks and as a fallback for names. */
    public record Node(int line, String name, Integer typologyId, String typologyName) {
    }
}
