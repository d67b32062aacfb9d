package nl.ecza.registry.nomenclature.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.ecza.registry.common.database.PgCopy;
import nl.ecza.registry.nomenclature.model.IcdMapping;
import nl.ecza.registry.nomenclature.model.ClassificationRecord;
import nl.ecza.registry.nomenclature.model.ClosureRecord;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.EdgeRecord;
import nl.ecza.registry.nomenclature.model.NomenclatureRelease;

/** The nomenclature's write operations, all on the caller's connection and so inside its transaction. */
public final class NomenclatureWriter {

    /** Serialises imports across replicas: a second importer waits, then finds the work done. */
    private static final long IMPORT_LOCK = 0x4543_5A41_4E4F_4DL; // "ECZANOM"

    private static final String CONDITION_COLUMNS =
            "orpha_code, orphanet_id, classification_level, typology_id, typology_en, "
                    + "typology_nl, status, flag_value, name_en, name_nl, replacement_code, replacement_type, "
                    + "aggregation_code, first_release_id, changed_release_id";

    /** A new release row's metadata. */
    public record ReleaseRow(String dataVersion, LocalDate extractionDate, String languages,
            String contentSha256, String source, Instant importedAt, int entityCount, int edgeCount, int closureCount) {
    }

    private NomenclatureWriter() {
    }

    public static void lockImports(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            s.setLong(1, IMPORT_LOCK);
            s.execute();
        }
    }

    public static long insertRelease(Connection c, ReleaseRow row, Map<String, Integer> countsByLevelAndStatus,
            Map<NomenclatureRelease.Change, List<Integer>> changes) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("""
                insert into nomenclature_release (data_version, extraction_date, languages, content_sha256, source, \
                imported_at,
                    entity_count, edge_count, closure_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, row.dataVersion());
            s.setObject(2, row.extractionDate());
            s.setString(3, row.languages());
            s.setString(4, row.contentSha256());
            s.setString(5, row.source());
            s.setTimestamp(6, Timestamp.from(row.importedAt()));
            s.setInt(7, row.entityCount());
            s.setInt(8, row.edgeCount());
            s.setInt(9, row.closureCount());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into nomenclature_release_count (release_id, classification_level, status, entity_count) "
                        + "values (?, ?, ?, ?)")) {
            for (Map.Entry<String, Integer> e : countsByLevelAndStatus.entrySet()) {
                String[] levelAndStatus = e.getKey().split("/");
                s.setLong(1, id);
                s.setString(2, levelAndStatus[0]);
                s.setString(3, levelAndStatus[1]);
                s.setInt(4, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
        List<Object[]> changeRows = new ArrayList<>();
        changes.forEach((change, codes) -> codes.forEach(code -> changeRows.add(new Object[] {id, code,
                change.name()})));
        PgCopy.copy(c, "nomenclature_release_change", "release_id, orpha_code, change", changeRows, r -> r);
        return id;
    }

    public static void insertConditions(Connection c, Collection<ConditionRecord> added,
            long releaseId) throws SQLException {
        PgCopy.copy(c, "condition", CONDITION_COLUMNS, added, r -> values(r, releaseId, releaseId));
    }

    public static void updateConditions(Connection c, Collection<ConditionRecord> changed,
            long releaseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                update condition set orphanet_id = ?, classification_level = ?, typology_id = ?, typology_en = ?, \
                typology_nl = ?,
                    status = ?, flag_value = ?, name_en = ?, name_nl = ?, replacement_code = ?, replacement_type = ?,
                    aggregation_code = ?, changed_release_id = ?
                where orpha_code = ?""")) {
            for (ConditionRecord r : changed) {
                Object[] v = values(r, 0, releaseId);
                for (int i = 1; i < 13; i++) {
                    s.setObject(i, v[i]);
                }
                s.setLong(13, releaseId);
                s.setInt(14, r.orphaCode());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Rewrites the synonyms of the given entities (all of them for new ones, replaced for changed ones). */
    public static void replaceSynonyms(Connection c, Collection<ConditionRecord> conditions) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from condition_synonym where orpha_code = any (?)")) {
            s.setArray(1, c.createArrayOf("integer", conditions.stream().map(ConditionRecord::orphaCode).toArray()));
            s.executeUpdate();
        }
        List<Object[]> rows = new ArrayList<>();
        for (ConditionRecord r : conditions) {
            for (int i = 0; i < r.synonymsEn().size(); i++) {
                rows.add(new Object[] {r.orphaCode(), "en", i, r.synonymsEn().get(i)});
            }
            for (int i = 0; i < r.synonymsNl().size(); i++) {
                rows.add(new Object[] {r.orphaCode(), "nl", i, r.synonymsNl().get(i)});
            }
        }
        PgCopy.copy(c, "condition_synonym", "orpha_code, language, position, term", rows, row -> row);
    }

    /**
     * Replaces classifications, their edges and the closure as a
     * whole: nothing outside the nomenclature refers to them.
     */
    public static void replaceHierarchy(Connection c, Collection<ClassificationRecord> classifications,
            Collection<EdgeRecord> edges, Collection<ClosureRecord> closure) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from condition_closure");
            s.executeUpdate("delete from classification_edge");
            s.executeUpdate("delete from classification");
        }
        PgCopy.copy(c, "classification", "id, orpha_number, name_en, name_nl, head_code", classifications,
                r -> new Object[] {r.id(), r.orphaNumber(), r.nameEn(), r.nameNl(), r.headCode()});
        PgCopy.copy(c, "classification_edge", "classification_id, parent_code, child_code", edges,
                r -> new Object[] {r.classificationId(), r.parentCode(), r.childCode()});
        PgCopy.copy(c, "condition_closure", "ancestor_code, descendant_code, distance", closure,
                r -> new Object[] {r.ancestorCode(), r.descendantCode(), r.distance()});
    }

    /** Replaces the ICD alignments as a whole: they are a table of the pack, and nothing refers to them. */
    public static void replaceIcdMappings(Connection c, Collection<IcdMapping> mappings) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from condition_icd_mapping");
        }
        PgCopy.copy(c, "condition_icd_mapping", "orpha_code, icd_revision, icd_code, relation", mappings,
                m -> new Object[] {m.orphaCode(), m.revision().name(), m.code(), m.relation().name()});
    }

    private static Object[] values(ConditionRecord r, long firstReleaseId, long changedReleaseId) {
        return new Object[] {r.orphaCode(), r.orphanetId(), r.level().name(), r.typologyId(), r.typologyEn(),
                r.typologyNl(),
            r.status().name(), r.flagValue(), r.nameEn(), r.nameNl(), r.replacementCode(),
            r.replacementType() == null ? null : r.replacementType().name(), r.aggregationCode(), firstReleaseId,
            changedReleaseId};
    }
}
