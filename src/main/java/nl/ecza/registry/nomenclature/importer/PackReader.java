package nl.ecza.registry.nomenclature.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import nl.ecza.registry.nomenclature.importer.xml.ClassificationFile;
import nl.ecza.registry.nomenclature.importer.xml.ClassificationFileParser;
import nl.ecza.registry.nomenclature.importer.xml.NomenclatureFile;
import nl.ecza.registry.nomenclature.importer.xml.NomenclatureFileParser;
import nl.ecza.registry.nomenclature.model.IcdMapping;

/**
 * Reads the files of a pack that the registry uses - ORPHAnomenclature_{lang}.xml and
 * ORPHAclassification_*_{lang}.xml in English and Dutch - and hands them to {@link PackAssembler}.
 * and the ICD alignments converted from the Master file ({@code ORPHA_ICD_mappings.tsv}, decision 0023), and the Dutch
 * synonyms of conditions the Dutch file has no entity for ({@code ORPHA_synonyms_nl.tsv}, decision 0019). Other files
 * (the official ICD mapping XML, spreadsheets, other languages) are skipped.
 */
public final class PackReader {

    private static final Logger LOG = Logger.getLogger(PackReader.class);
    private static final List<String> LANGUAGES = List.of("en", "nl");
    private static final Pattern NOMENCLATURE =
            Pattern.compile("(?:^|.*/)ORPHAnomenclature_([a-z]{2})\\.xml(?:\\.gz)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASSIFICATION =
            Pattern.compile("(?:^|.*/)ORPHAclassification_\\d+_.*_([a-z]{2})\\.xml(?:\\.gz)?$",
                    Pattern.CASE_INSENSITIVE);

    private static final Pattern ICD_MAPPINGS = Pattern.compile("(?:^|.*/)ORPHA_ICD_mappings\\.tsv(?:\\.gz)?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DUTCH_SYNONYMS = Pattern.compile("(?:^|.*/)ORPHA_synonyms_nl\\.tsv(?:\\.gz)?$",
            Pattern.CASE_INSENSITIVE);

    private PackReader() {
    }

    public static Pack read(PackSource source) {
        long start = System.nanoTime();
        LOG.infof("Reading Orphanet pack from %s", source.description());
        List<NomenclatureFile> nomenclatures = new ArrayList<>();
        List<ClassificationFile> classifications = new ArrayList<>();
        MessageDigest digest = sha256();
        List<String> icdFiles = new ArrayList<>();
        List<IcdMapping> icdMappings = new ArrayList<>();
        List<String> synonymFiles = new ArrayList<>();
        List<DutchSynonymFile.Synonym> dutchSynonyms = new ArrayList<>();
        source.forEachFile((name, content) -> {
            if (DUTCH_SYNONYMS.matcher(name).matches()) {
                readTable(name, content, digest, synonymFiles, dutchSynonyms, DutchSynonymFile::parse,
                        "Dutch synonyms");
                return;
            }
            if (ICD_MAPPINGS.matcher(name).matches()) {
                readTable(name, content, digest, icdFiles, icdMappings, IcdMappingFile::parse, "ICD alignments");
                return;
            }
            Matcher n = NOMENCLATURE.matcher(name);
            Matcher c = CLASSIFICATION.matcher(name);
            String language = n.matches() ? n.group(1) : c.matches() ? c.group(1) : null;
            if (language == null || !LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
                LOG.debugf("Skipping %s (not a nomenclature or classification file in en or nl)", name);
                return;
            }
            language = language.toLowerCase(Locale.ROOT);
            long fileStart = System.nanoTime();
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            InputStream hashed = new DigestInputStream(content, digest);
            if (n.matches()) {
                NomenclatureFile file = NomenclatureFileParser.parse(name, language, hashed);
                nomenclatures.add(file);
                LOG.infof("  %s: %d entities (%d ms)", name, file.entries().size(), millisSince(fileStart));
            } else {
                ClassificationFile file = ClassificationFileParser.parse(name, language, hashed);
                classifications.add(file);
                LOG.infof("  %s: classification %d, %d edges (%d ms)", name, file.classificationId(),
                        file.edges().size(), millisSince(fileStart));
            }
            drain(hashed);
        });
        String sha256 = HexFormat.of().formatHex(digest.digest());
        String icdFile = atMostOne(source, icdFiles, "ICD mapping file");
        Pack pack = PackAssembler.assemble(source.description(), sha256, nomenclatures, classifications,
                icdFile, icdFile == null ? null : List.copyOf(icdMappings),
                atMostOne(source, synonymFiles, "Dutch synonym file"), List.copyOf(dutchSynonyms));
        LOG.infof("Read pack %s (%s): %d entities, %d classifications, %d edges in %d ms", pack.dataVersion(),
                pack.extractionDate(), pack.conditions().size(), pack.classifications().size(), pack.edges().size(),
                millisSince(start));
        return pack;
    }

    /** Parses one of the pack's tab-separated tables. */
    @FunctionalInterface
    private interface TableParser<T> {
        List<T> parse(String file, InputStream content) throws IOException;
    }

    /** A table converted into the pack (ICD alignments, Dutch synonyms): read whole, its bytes in the pack's hash. */
    private static <T> void readTable(String name, InputStream content, MessageDigest digest, List<String> files,
            List<T> rows, TableParser<T> parser, String what) throws IOException {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        InputStream hashed = new DigestInputStream(content, digest);
        files.add(name);
        rows.addAll(parser.parse(name, hashed));
        drain(hashed);
        LOG.infof("  %s: %d %s", name, rows.size(), what);
    }

    /** The one file of a kind, or null when the pack has none; two refuse the pack. */
    private static String atMostOne(PackSource source, List<String> files, String what) {
        if (files.size() > 1) {
            throw new PackImportException(source.description(), 0,
                    "the pack holds more than one " + what + ": " + files);
        }
        return files.isEmpty() ? null : files.get(0);
    }

    /** Trailing bytes after the root element still count towards the content hash. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) >= 0) {
            // read to the end
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
