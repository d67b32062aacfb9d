package nl.ecza.registry.nomenclature.importer.xml;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Streams an ORPHAclassification file (pack description, section 4) into parent -> child edges. The tree is
 * walked with a stack of open ClassificationNodes, so even the 15 MB genetic-disease file costs one node's
 * worth of parsing state at a time.
 */
public final class ClassificationFileParser {

    private ClassificationFileParser() {
    }

    /** An open ClassificationNode: its entity once seen, and how many children it declared and has. */
    private static final class Frame {
        final int line;
        Integer code;
        Integer declaredChildren;
        int children;

        Frame(int line) {
            this.line = line;
        }
    }

    public static ClassificationFile parse(String file, String language, InputStream input) {
        try (XmlStream xml = new XmlStream(file, input)) {
            PackHeader header = null;
            Integer classificationId = null;
            Integer orphaNumber = null;
            String name = null;
            List<Integer> heads = new ArrayList<>();
            Set<ClassificationFile.Edge> edges = new LinkedHashSet<>();
            Map<Integer, ClassificationFile.Node> nodes = new HashMap<>();
            Deque<String> path = new ArrayDeque<>();
            Deque<Frame> frames = new ArrayDeque<>();
            for (int event = xml.nextTag(); event != END_DOCUMENT; event = xml.nextTag()) {
                if (event != START_ELEMENT) {
                    String closed = path.pop();
                    if ("ClassificationNode".equalsIgnoreCase(closed)) {
                        close(xml, frames.pop());
                    }
                    continue;
                }
                String element = xml.localName();
                String parent = path.peek();
                if (parent == null) {
                    header = PackHeader.read(xml);
                } else if ("Classification".equalsIgnoreCase(element)) {
                    if (classificationId != null) {
                        throw xml.error(xml.line(), "more than one <Classification> in one file");
                    }
                    classificationId = NomenclatureFileParser.code(xml,
                            Optional.ofNullable(xml.attribute("id")), xml.line(), "<Classification> has no valid id");
                } else if ("Classification".equalsIgnoreCase(parent) && "OrphaNumber".equalsIgnoreCase(element)) {
                    XmlElement e = xml.readElement();
                    orphaNumber = NomenclatureFileParser.code(xml, Optional.of(e.text()), e.line(),
                            "invalid OrphaNumber");
                    continue;
                } else if ("Classification".equalsIgnoreCase(parent) && "Name".equalsIgnoreCase(element)) {
                    name = xml.readElement().text();
                    continue;
                } else if ("ClassificationNode".equalsIgnoreCase(element)) {
                    if (!frames.isEmpty()) {
                        frames.peek().children++;
                    }
                    frames.push(new Frame(xml.line()));
                } else if ("ClassificationNodeChildList".equalsIgnoreCase(element) && !frames.isEmpty()) {
                    String count = xml.attribute("count");
                    frames.peek().declaredChildren = count == null ? null
                            : NomenclatureFileParser.integer(xml, count, xml.line(),
                                    "ClassificationNodeChildList count");
                } else if ("Disorder".equalsIgnoreCase(element) && "ClassificationNode".equalsIgnoreCase(parent)) {
                    XmlElement d = xml.readElement();
                    int code = NomenclatureFileParser.code(xml, d.childText("OrphaCode"), d.line(),
                            "<Disorder> has no valid OrphaCode");
                    Frame frame = frames.peek();
                    frame.code = code;
                    Frame parentFrame = frames.size() > 1 ? frames.stream().skip(1).findFirst().orElseThrow() : null;
                    // A node without a Disorder is a bare container (classification 235 has one as its root):
                    // the entities directly under it are heads.
                    if (parentFrame == null || parentFrame.code == null) {
                        heads.add(code);
                    } else if (parentFrame.code == code) {
                        throw xml.error(d.line(), "ORPHA:%d is its own child".formatted(code));
                    } else {
                        edges.add(new ClassificationFile.Edge(parentFrame.code, code));
                    }
                    Optional<XmlElement> type = d.child("DisorderType");
                    nodes.putIfAbsent(code, new ClassificationFile.Node(d.line(), d.childText("Name").orElse(null),
                            type.flatMap(t -> t.attribute("id"))
                                    .map(v -> NomenclatureFileParser.integer(xml, v, d.line(), "typology id"))
                                    .orElse(null), type.flatMap(t -> t.childText("Name")).orElse(null)));
                    continue;
                }
                path.push(element);
            }
            if (header == null) {
                throw xml.error(1, "the file is empty");
            }
            if (classificationId == null || heads.isEmpty()) {
                throw xml.error(header.line(),
                        "no <Classification> with nodes: this is not an ORPHAclassification file");
            }
            if (name == null || name.isBlank()) {
                throw xml.error(header.line(), "classification %d has no <Name>".formatted(classificationId));
            }
            return new ClassificationFile(file, language, header, classificationId, orphaNumber, name,
                    List.copyOf(heads), edges, nodes);
        }
    }

    private static void close(XmlStream xml, Frame frame) {
        if (frame.declaredChildren != null && frame.declaredChildren != frame.children) {
            throw xml.error(frame.line, "the node of %s declares %d children but has %d (truncated or edited?)"
                    .formatted(frame.code == null ? "no entity" : "ORPHA:" + frame.code, frame.declaredChildren,
                            frame.children));
        }
    }
}
