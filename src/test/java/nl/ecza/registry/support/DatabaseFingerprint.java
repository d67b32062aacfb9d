package nl.ecza.registry.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Row count and the sum of row versions (xmin) per nomenclature table: any insert, update or delete - even one
 * that writes identical values - changes it. "Nothing changed" is then an exact statement.
 */
public final class DatabaseFingerprint {

    private static final List<String> TABLES = List.of("nomenclature_release", "nomenclature_release_count",
            "nomenclature_release_change", "condition", "condition_synonym", "classification", "classification_edge",
            "condition_closure");

    private DatabaseFingerprint() {
    }

    public static Map<String, String> of(DataSource dataSource) {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery(
                        "select count(*), coalesce(sum(xmin::text::bigint), 0) from " + table)) {
                    r.next();
                    result.put(table, r.getLong(1) + " rows, xmin sum " + r.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    public static long count(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as the driver returns it. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> column(DataSource dataSource, String sql) {
        List<T> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                result.add((T) r.getObject(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    public static void execute(DataSource dataSource, String... statements) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
