package nl.ecza.registry.nomenclature.importer.xml;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.ecza.registry.nomenclature.importer.PackImportException;

/**
 * A StAX reader over one pack file that reports every failure as a {@link PackImportException} with the file
 * name and line. DTDs and external entities are off: a pack is data, never a reason to fetch or expand.
 */
public final class XmlStream implements AutoCloseable {

    private static final XMLInputFactory FACTORY = createFactory();

    private final String file;
    private final XMLStreamReader reader;

    public XmlStream(String file, InputStream input) {
        this.file = file;
        try {
            this.reader = FACTORY.createXMLStreamReader(input);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    public String file() {
        return file;
    }

    public int line() {
        return reader.getLocation() == null ? 0 : reader.getLocation().getLineNumber();
    }

    public String localName() {
        return reader.getLocalName();
    }

    public String attribute(String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equalsIgnoreCase(name)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Advances to the next start or end element; returns its event type, or END_DOCUMENT. */
    public int nextTag() {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    return event;
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Reads the element the reader is on (a START_ELEMENT) with everything inside it; ends on its END_ELEMENT. */
    public XmlElement readElement() {
        try {
            int line = line();
            String name = reader.getLocalName();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            List<XmlElement> children = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> children.add(readElement());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return new XmlElement(name, attributes, text.toString().trim(), List.copyOf(children), line);
                    }
                    case XMLStreamConstants.END_DOCUMENT -> throw error(line, "element <" + name + "> is never closed");
                    default -> {
                        // comments, processing instructions, whitespace
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    public PackImportException error(int line, String reason) {
        return new PackImportException(file, line, reason);
    }

    private PackImportException failure(XMLStreamException e) {
        int line = e.getLocation() != null ? e.getLocation().getLineNumber() : line();
        String reason = e.getMessage() == null ? "unreadable XML" : e.getMessage().replaceAll("\\s+", " ");
        // The StAX message repeats the position; keep the part that says what is wrong.
        int at = reason.indexOf("Message: ");
        reason = at >= 0 ? reason.substring(at + "Message: ".length()) : reason;
        return new PackImportException(file, line, "not well-formed XML (truncated or damaged file?): " + reason, e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing left to report
        }
    }
}
