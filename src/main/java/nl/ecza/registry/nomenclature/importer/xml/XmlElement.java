package nl.ecza.registry.nomenclature.importer.xml;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small element subtree read from the stream (one Disorder, say), so that field extraction is plain
 * navigation while the file as a whole is still streamed. Names compare case-insensitively because the
 * pack description itself writes both {@code OrphaCode} and {@code ORPHAcode}.
 */
public record XmlElement(String name, Map<String, String> attributes, String text,
        List<XmlElement> children, int line) {

    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }

    public Optional<XmlElement> child(String childName) {
        for (XmlElement c : children) {
            if (c.is(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.is(childName)).toList();
    }

    public Optional<String> childText(String childName) {
        return child(childName).map(XmlElement::text).filter(t -> !t.isEmpty());
    }

    public Optional<String> attribute(String attributeName) {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(attributeName.toLowerCase(Locale.ROOT))) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
