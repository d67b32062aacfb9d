package nl.ecza.registry.nomenclature.importer.xml;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionStatus;
import nl.ecza.registry.nomenclature.model.ReplacementType;

/**
 * Streams an ORPHAnomenclature_{lang}.xml (pack description, section 1): JDBOR / DisorderList / Disorder.
 * Only one Disorder is in memory as a tree at a time.
 */
public final class NomenclatureFileParser {

    private NomenclatureFileParser() {
    }

    public static NomenclatureFile parse(String file, String language, InputStream input) {
        try (XmlStream xml = new XmlStream(file, input)) {
            PackHeader header = null;
            Integer declaredCount = null;
            int listLine = 0;
            List<NomenclatureEntry> entries = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            int depth = 0;
            for (int event = xml.nextTag(); event != END_DOCUMENT; event = xml.nextTag()) {
                if (event != START_ELEMENT) {
                    depth--;
                    continue;
                }
                depth++;
                if (depth == 1) {
                    header = PackHeader.read(xml);
                } else if (depth == 2 && "DisorderList".equalsIgnoreCase(xml.localName())) {
                    listLine = xml.line();
                    declaredCount = parseCount(xml, xml.attribute("count"), listLine);
                } else if (depth == 3 && declaredCount != null && "Disorder".equalsIgnoreCase(xml.localName())) {
                    NomenclatureEntry entry = entry(xml, xml.readElement());
                    if (!seen.add(entry.orphaCode())) {
                        throw xml.error(entry.line(), "ORPHA:%d appears twice".formatted(entry.orphaCode()));
                    }
                    entries.add(entry);
                    depth--;
                } else if (depth == 2) {
                    xml.readElement(); // Availability and other blocks the registry does not use
                    depth--;
                }
            }
            if (header == null) {
                throw xml.error(1, "the file is empty");
            }
            if (declaredCount == null) {
                throw xml.error(header.line(), "no <DisorderList>: this is not an ORPHAnomenclature file");
            }
            if (declaredCount != entries.size()) {
                throw xml.error(listLine,
                        "<DisorderList count=\"%d\"> but the file holds %d Disorder elements (truncated or edited?)"
                        .formatted(declaredCount, entries.size()));
            }
            return new NomenclatureFile(file, language, header, List.copyOf(entries));
        }
    }

    private static NomenclatureEntry entry(XmlStream xml, XmlElement d) {
        int code = code(xml, d.childText("OrphaCode"), d.line(), "<Disorder> has no valid OrphaCode");
        String where = "ORPHA:" + code;
        String name = d.childText("Name").orElseThrow(() -> xml.error(d.line(), where + " has no <Name>"));
        Integer flag = d.childText("FlagValue").map(v -> integer(xml, v, d.line(), where + " FlagValue")).orElse(null);
        ConditionStatus status = ConditionStatus.fromOrphanet(flag, d.childText("Totalstatus").orElse(null));
        if (status == null) {
            throw xml.error(d.line(), where + " has an unknown status (Totalstatus '%s', FlagValue %s)"
                    .formatted(d.childText("Totalstatus").orElse(""), flag));
        }
        Optional<XmlElement> levelElement = d.child("ClassificationLevel");
        ClassificationLevel level = ClassificationLevel.fromOrphanet(
                levelElement.flatMap(l -> l.attribute("id"))
                        .map(v -> integer(xml, v, d.line(), where + " level id")).orElse(null),
                levelElement.flatMap(l -> l.childText("Name")).orElse(null));
        if (level == null) {
            throw xml.error(d.line(), where + " has no known <ClassificationLevel>");
        }
        Optional<XmlElement> type = d.child("DisorderType");
        List<String> synonyms = d.child("SynonymList").map(l -> l.children("Synonym")).orElse(List.of()).stream()
                .map(XmlElement::text).filter(t -> !t.isEmpty()).toList();

        Integer replacement = null;
        ReplacementType replacementType = null;
        for (XmlElement association : d.child("DisorderDisorderAssociationList")
                .map(l -> l.children("DisorderDisorderAssociation")).orElse(List.of())) {
            Optional<String> target = association.child("TargetDisorder").flatMap(t -> t.childText("OrphaCode"));
            if (target.isEmpty()) {
                continue; // the reverse entry on an active target: "this entity replaces RootDisorder"
            }
            if (replacement != null) {
                throw xml.error(association.line(), where + " has more than one replacement");
            }
            replacement = code(xml, target, association.line(), where + ": TargetDisorder has no valid OrphaCode");
            Optional<XmlElement> typeElement = association.child("DisorderDisorderAssociationType");
            replacementType = ReplacementType.fromOrphanet(
                    typeElement.flatMap(t -> t.attribute("id"))
                            .map(v -> integer(xml, v, association.line(), where + " association id")).orElse(null),
                    typeElement.flatMap(t -> t.childText("Name")).orElse(null));
            if (replacementType == null) {
                throw xml.error(association.line(),
                        where + " has an association type other than 'Moved to' or 'Referred to'");
            }
        }

        Integer aggregation = d.child("AggregationLevelSection")
                .flatMap(s -> s.child("AggregationLevelList"))
                .flatMap(l -> l.child("AggregationLevel"))
                .flatMap(a -> a.childText("OrphaCode"))
                .map(v -> code(xml, Optional.of(v), d.line(), where + " aggregation level has no valid OrphaCode"))
                .orElse(null);

        return new NomenclatureEntry(code,
                d.attribute("id").map(v -> integer(xml, v, d.line(), where + " id")).orElse(null), level,
                type.flatMap(t -> t.attribute("id"))
                        .map(v -> integer(xml, v, d.line(), where + " typology id")).orElse(null),
                type.flatMap(t -> t.childText("Name")).orElse(null),
                status,
                flag != null ? flag : status == ConditionStatus.ACTIVE ? 1 : 0,
                name,
                synonyms,
                replacement,
                replacementType,
                aggregation,
                d.line());
    }

    static int code(XmlStream xml, Optional<String> text, int line, String reason) {
        int value = text.map(t -> integer(xml, t, line, reason)).orElseThrow(() -> xml.error(line, reason));
        if (value <= 0) {
            throw xml.error(line, reason);
        }
        return value;
    }

    static int integer(XmlStream xml, String text, int line, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw xml.error(line, "%s: '%s' is not a number".formatted(what, text));
        }
    }

    private static int parseCount(XmlStream xml, String count, int line) {
        if (count == null) {
            throw xml.error(line, "<DisorderList> has no count attribute");
        }
        return integer(xml, count, line, "DisorderList count");
    }
}
