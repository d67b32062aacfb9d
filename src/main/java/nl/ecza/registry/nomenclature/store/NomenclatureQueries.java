package nl.ecza.registry.nomenclature.store;

import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ClassificationRecord;
import nl.ecza.registry.nomenclature.model.ClosureRecord;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.ConditionStatus;
import nl.ecza.registry.nomenclature.model.EdgeRecord;
import nl.ecza.registry.nomenclature.model.IcdMapping;
import nl.ecza.registry.nomenclature.model.IcdRelation;
import nl.ecza.registry.nomenclature.model.IcdRevision;
import nl.ecza.registry.nomenclature.model.ReplacementType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Bulk reads of the whole nomenclature over plain JDBC, for the importer's comparison and the read model.
 * Entity-by-entity ORM loading of 150,000 rows would add seconds and nothing else.
 */
public final class NomenclatureQueries {

    /** The newest release: what the database currently holds. */
    public record ReleaseHead(long id, String dataVersion, LocalDate extractionDate, Instant importedAt) {
    }

    private NomenclatureQueries() {
    }

    public static Optional<ReleaseHead> latestRelease(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select id, data_version, extraction_date, imported_at from nomenclature_release order by id "
                        + "desc limit 1");
                ResultSet r = s.executeQuery()) {
            return r.next()
                    ? Optional.of(new ReleaseHead(r.getLong(1), r.getString(2), r.getObject(3, LocalDate.class),
                            r.getObject(4, OffsetDateTime.class).toInstant()))
                    : Optional.empty();
        }
    }

    public static SortedMap<Integer, ConditionRecord> conditions(Connection c) throws SQLException {
        Map<Integer, List<String>> en = new HashMap<>();
        Map<Integer, List<String>> nl = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "select orpha_code, language, term from condition_synonym order by orpha_code, language, position");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                (r.getString(2).equals("nl") ? nl : en).computeIfAbsent(r.getInt(1), k -> new ArrayList<>())
                        .add(r.getString(3));
            }
        }
        SortedMap<Integer, ConditionRecord> result = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                select orpha_code, orphanet_id, classification_level, typology_id, typology_en, typology_nl, status,
                       flag_value, name_en, name_nl, replacement_code, replacement_type, aggregation_code
                from condition""");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                int code = r.getInt(1);
                String replacementType = r.getString(12);
                result.put(code, new ConditionRecord(code, (Integer) r.getObject(2),
                        ClassificationLevel.valueOf(r.getString(3)), (Integer) r.getObject(4), r.getString(5),
                        r.getString(6), ConditionStatus.valueOf(r.getString(7)), r.getInt(8), r.getString(9),
                        r.getString(10), en.getOrDefault(code, List.of()), nl.getOrDefault(code, List.of()),
                        (Integer) r.getObject(11),
                        replacementType == null ? null : ReplacementType.valueOf(replacementType),
                        (Integer) r.getObject(13)));
            }
        }
        return result;
    }

    public static SortedMap<Integer, ClassificationRecord> classifications(Connection c) throws SQLException {
        SortedMap<Integer, ClassificationRecord> result = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "select id, orpha_number, name_en, name_nl, head_code from classification");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.put(r.getInt(1), new ClassificationRecord(r.getInt(1), (Integer) r.getObject(2), r.getString(3),
                        r.getString(4), r.getInt(5)));
            }
        }
        return result;
    }

    public static Set<EdgeRecord> edges(Connection c) throws SQLException {
        Set<EdgeRecord> result = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "select classification_id, parent_code, child_code from classification_edge");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new EdgeRecord(r.getInt(1), r.getInt(2), r.getInt(3)));
            }
        }
        return result;
    }

    /** The closure without self rows, ordered so that each entity's ancestors come nearest first. */
    /** Every ICD alignment, per condition in file order of revision and code. */
    public static List<IcdMapping> icdMappings(Connection c) throws SQLException {
        List<IcdMapping> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select orpha_code, icd_revision, icd_code, relation from condition_icd_mapping order by orpha_code, "
                        + "icd_revision, icd_code");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new IcdMapping(r.getInt(1), IcdRevision.valueOf(r.getString(2)), r.getString(3),
                        IcdRelation.valueOf(r.getString(4))));
            }
        }
        return result;
    }

    public static List<ClosureRecord> closure(Connection c) throws SQLException {
        List<ClosureRecord> result = new ArrayList<>(140_000);
        try (PreparedStatement s = c.prepareStatement("""
                select ancestor_code, descendant_code, distance from condition_closure
                where distance > 0 order by descendant_code, distance, ancestor_code""")) {
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new ClosureRecord(r.getInt(1), r.getInt(2), r.getInt(3)));
                }
            }
        }
        return result;
    }
}
