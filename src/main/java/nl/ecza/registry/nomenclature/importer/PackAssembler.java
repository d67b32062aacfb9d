package nl.ecza.registry.nomenclature.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.ecza.registry.nomenclature.importer.xml.ClassificationFile;
import nl.ecza.registry.nomenclature.importer.xml.NomenclatureEntry;
import nl.ecza.registry.nomenclature.importer.xml.NomenclatureFile;
import nl.ecza.registry.nomenclature.model.ClassificationRecord;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.EdgeRecord;
import nl.ecza.registry.nomenclature.model.IcdMapping;

/**
 * Joins the files of one pack into one nomenclature and refuses packs that do not hang together: files
 * from different data versions, Dutch entries or classification nodes unknown to the English file,
 * replacements and aggregation levels that point nowhere. English is the reference language; Dutch names
 * come from the Dutch nomenclature file, else from the Dutch classification files.
 */
final class PackAssembler {

    private PackAssembler() {
    }

    static Pack assemble(String source, String sha256, List<NomenclatureFile> nomenclatures,
            List<ClassificationFile> classificationFiles, String icdFile, List<IcdMapping> icdMappings,
            String synonymFile, List<DutchSynonymFile.Synonym> dutchSynonyms) {
        NomenclatureFile en = single(source, nomenclatures, "en")
                .orElseThrow(() -> new PackImportException(source, 0, "the pack has no ORPHAnomenclature_en.xml"));
        Optional<NomenclatureFile> nl = single(source, nomenclatures, "nl");
        String version = en.header().dataVersion();
        for (NomenclatureFile f : nomenclatures) {
            sameVersion(f.file(), f.header().line(), f.header().dataVersion(), en);
        }
        for (ClassificationFile f : classificationFiles) {
            sameVersion(f.file(), f.header().line(), f.header().dataVersion(), en);
        }

        Map<Integer, NomenclatureEntry> english = new HashMap<>();
        en.entries().forEach(e -> english.put(e.orphaCode(), e));
        Map<Integer, NomenclatureEntry> dutch = new HashMap<>();
        nl.ifPresent(file -> file.entries().forEach(e -> {
            if (!english.containsKey(e.orphaCode())) {
                throw new PackImportException(file.file(), e.line(),
                        "ORPHA:%d is not in %s".formatted(e.orphaCode(), en.file()));
            }
            dutch.put(e.orphaCode(), e);
        }));

        Map<Integer, ClassificationFile.Node> dutchNodes = new HashMap<>();
        Map<Integer, ClassificationFile.Node> englishNodes = new HashMap<>();
        SortedMap<Integer, ClassificationRecord> classifications = new TreeMap<>();
        Set<EdgeRecord> edges = new LinkedHashSet<>();
        for (ClassificationFile f : classificationFiles) {
            f.nodes().forEach((code, node) -> {
                NomenclatureEntry entry = english.get(code);
                if (entry == null || !entry.status().isActive()) {
                    throw new PackImportException(f.file(), node.line(),
                            "ORPHA:%d is %s in %s; classifications hold active entities only"
                            .formatted(code, entry == null ? "not" : "inactive", en.file()));
                }
                (f.language().equals("nl") ? dutchNodes : englishNodes).putIfAbsent(code, node);
            });
            classifications.merge(f.classificationId(), record(f), PackAssembler::mergeNames);
            f.edges().forEach(e -> edges.add(new EdgeRecord(f.classificationId(), e.parent(), e.child())));
        }

        // A classification published only in Dutch still needs a name in the reference column.
        classifications.replaceAll((id, c) -> c.nameEn() != null ? c
                : new ClassificationRecord(c.id(), c.orphaNumber(), c.nameNl(), c.nameNl(), c.headCode()));

        SortedMap<Integer, ConditionRecord> conditions = new TreeMap<>();
        for (NomenclatureEntry e : en.entries()) {
            NomenclatureEntry d = dutch.get(e.orphaCode());
            ClassificationFile.Node dutchNode = dutchNodes.get(e.orphaCode());
            ClassificationFile.Node englishNode = englishNodes.get(e.orphaCode());
            check(en, e, e.replacementCode(), english, "is replaced by");
            check(en, e, e.aggregationCode(), english, "has as aggregation level");
            if (e.status().isActive() && e.replacementCode() != null) {
                throw new PackImportException(en.file(), e.line(),
                        "ORPHA:%d is active but has a replacement".formatted(e.orphaCode()));
            }
            conditions.put(e.orphaCode(), new ConditionRecord(
                    e.orphaCode(), e.orphanetId(), e.level(), e.typologyId(),
                    firstNonNull(e.typologyName(), englishNode == null ? null : englishNode.typologyName()),
                    firstNonNull(d == null ? null : d.typologyName(),
                            dutchNode == null ? null : dutchNode.typologyName()),
                    e.status(), e.flagValue(), e.name(),
                    firstNonNull(d == null ? null : d.name(), dutchNode == null ? null : dutchNode.name()),
                    e.synonyms(), d == null ? List.of() : d.synonyms(),
                    e.replacementCode(), e.replacementType(), e.aggregationCode()));
        }
        addDutchSynonyms(synonymFile, dutchSynonyms, conditions);
        List<String> languages = new ArrayList<>(List.of("en"));
        nl.ifPresent(f -> languages.add("nl"));
        if (icdMappings != null) {
            for (IcdMapping m : icdMappings) {
                if (!conditions.containsKey(m.orphaCode())) {
                    throw new PackImportException(icdFile, 0, "ORPHA:%d (aligned with %s %s) is not in %s"
                            .formatted(m.orphaCode(), m.revision().label(), m.code(), en.file()));
                }
            }
        }
        return new Pack(source, sha256, version, en.header().extractionDate(), List.copyOf(languages), conditions,
                classifications, edges, icdMappings);
    }

    /**
     * The Dutch synonyms of the synonym file, after those of the Dutch file, each condition's once (ignoring case) and
     * never its Dutch name again. They are for active conditions only, as the synonyms of the Dutch file are.
     */
    private static void addDutchSynonyms(String file, List<DutchSynonymFile.Synonym> synonyms,
            SortedMap<Integer, ConditionRecord> conditions) {
        Map<Integer, List<String>> added = new LinkedHashMap<>();
        for (DutchSynonymFile.Synonym s : synonyms) {
            ConditionRecord c = conditions.get(s.orphaCode());
            if (c == null || !c.status().isActive()) {
                throw new PackImportException(file, s.line(), "ORPHA:%d is %s in the English nomenclature; Dutch "
                        .formatted(s.orphaCode(), c == null ? "not" : "inactive") + "synonyms are for active entities");
            }
            added.computeIfAbsent(s.orphaCode(), k -> new ArrayList<>()).add(s.text());
        }
        added.forEach((code, texts) -> {
            ConditionRecord c = conditions.get(code);
            Set<String> seen = new HashSet<>();
            if (c.nameNl() != null) {
                seen.add(c.nameNl().toLowerCase(Locale.ROOT));
            }
            List<String> dutch = new ArrayList<>();
            for (String text : concat(c.synonymsNl(), texts)) {
                if (seen.add(text.toLowerCase(Locale.ROOT))) {
                    dutch.add(text);
                }
            }
            conditions.put(code, new ConditionRecord(c.orphaCode(), c.orphanetId(), c.level(), c.typologyId(),
                    c.typologyEn(), c.typologyNl(), c.status(), c.flagValue(), c.nameEn(), c.nameNl(), c.synonymsEn(),
                    dutch, c.replacementCode(), c.replacementType(), c.aggregationCode()));
        });
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static Optional<NomenclatureFile> single(String source, List<NomenclatureFile> files, String language) {
        List<NomenclatureFile> matching = files.stream().filter(f -> f.language().equals(language)).toList();
        if (matching.size() > 1) {
            throw new PackImportException(source, 0, "the pack holds more than one ORPHAnomenclature_%s.xml: %s"
                    .formatted(language, matching.stream().map(NomenclatureFile::file).toList()));
        }
        return matching.stream().findFirst();
    }

    private static void sameVersion(String file, int line, String version, NomenclatureFile en) {
        if (!version.equals(en.header().dataVersion())) {
            throw new PackImportException(file, line,
                    "data version '%s' differs from '%s' in %s: the files come from different packs"
                    .formatted(version, en.header().dataVersion(), en.file()));
        }
    }

    private static void check(NomenclatureFile en, NomenclatureEntry e, Integer target,
            Map<Integer, NomenclatureEntry> all, String relation) {
        if (target != null && !all.containsKey(target)) {
            throw new PackImportException(en.file(), e.line(), "ORPHA:%d %s ORPHA:%d, which is not in the file"
                    .formatted(e.orphaCode(), relation, target));
        }
    }

    private static ClassificationRecord record(ClassificationFile f) {
        boolean dutch = f.language().equals("nl");
        return new ClassificationRecord(f.classificationId(), f.orphaNumber(), dutch ? null : f.name(),
                dutch ? f.name() : null, f.heads().get(0));
    }

    private static ClassificationRecord mergeNames(ClassificationRecord a, ClassificationRecord b) {
        return new ClassificationRecord(a.id(), firstNonNull(a.orphaNumber(), b.orphaNumber()),
                firstNonNull(a.nameEn(), b.nameEn()), firstNonNull(a.nameNl(), b.nameNl()), a.headCode());
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
