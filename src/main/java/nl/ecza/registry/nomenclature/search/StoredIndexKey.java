package nl.ecza.registry.nomenclature.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.lucene.util.Version;

/**
 * What a stored index must match to be opened instead of built: the Lucene version, the bytes of the classes that
 * decide what goes into the index (analysis, spelling variants, fields, numbering) and every name it holds, as one
 * SHA-256. A new build of this code or another list of names gives another key, so a stale copy is never opened.
 */
final class StoredIndexKey {

    /** The classes whose code shapes the index files; their nested classes count too. */
    private static final List<Class<?>> CODE = List.of(ConditionSearchIndex.class, TextAnalysis.class,
            SpellingVariants.class, SearchQueries.class, IndexedTerm.class, WordForms.class, StoredIndexKey.class);

    private static final byte[] CODE_DIGEST = codeDigest();

    private StoredIndexKey() {
    }

    static String of(List<IndexedTerm> terms) {
        MessageDigest digest = sha256();
        digest.update(CODE_DIGEST);
        for (IndexedTerm t : terms) {
            String name = String.join("\t", String.valueOf(t.orphaCode()), t.language().name(), t.kind().name(),
                    String.valueOf(t.active()), t.text());
            digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] codeDigest() {
        MessageDigest digest = sha256();
        digest.update(Version.LATEST.toString().getBytes(StandardCharsets.US_ASCII));
        for (Class<?> type : CODE) {
            add(digest, type);
        }
        return digest.digest();
    }

    private static void add(MessageDigest digest, Class<?> type) {
        String file = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No class file for " + type.getName());
            }
            digest.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            add(digest, nested);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
