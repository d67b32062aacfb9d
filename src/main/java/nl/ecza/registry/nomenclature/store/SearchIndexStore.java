package nl.ecza.registry.nomenclature.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGStatement;

import nl.ecza.registry.nomenclature.search.ConditionSearchIndex.StoredIndex;

/**
 * The condition search index of a release, kept in the database as one zip of its files (stored, not deflated:
 * Lucene's files barely compress). One row per release; written in one statement, so a reader sees all files or none.
 */
public final class SearchIndexStore {

    private SearchIndexStore() {
    }

    public static Optional<StoredIndex> read(Connection c, long releaseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select index_key, files from condition_search_index where release_id = ?")) {
            s.setLong(1, releaseId);
            // The files (about 17 MB) come in the binary format, not as twice as many hexadecimal digits to decode: a
            // restart reads them once, on a cold JVM.
            s.unwrap(PGStatement.class).setPrepareThreshold(-1);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new StoredIndex(r.getString(1), unzip(r.getBytes(2)))) : Optional.empty();
            }
        }
    }

    /** Keeps the index of a release; an older copy with another key is replaced. Copies of older releases go. */
    public static void write(Connection c, long releaseId, StoredIndex index) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into condition_search_index (release_id, index_key, files) values (?, ?, ?)
                on conflict (release_id) do update
                    set index_key = excluded.index_key, files = excluded.files, stored_at = now()
                    where condition_search_index.index_key <> excluded.index_key""")) {
            s.setLong(1, releaseId);
            s.setString(2, index.key());
            s.setBytes(3, zip(index.files()));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("delete from condition_search_index where release_id < ?")) {
            s.setLong(1, releaseId);
            s.executeUpdate();
        }
    }

    private static byte[] zip(Map<String, byte[]> files) {
        int size = files.values().stream().mapToInt(f -> f.length + 128).sum();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                CRC32 crc = new CRC32();
                crc.update(file.getValue());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(file.getValue().length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] content) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
