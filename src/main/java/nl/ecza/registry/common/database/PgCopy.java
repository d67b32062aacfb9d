package nl.ecza.registry.common.database;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk insert with PostgreSQL's COPY (text format), streamed in 64 KiB chunks: the nomenclature's 150,000
 * rows load in about a second instead of the many seconds batched INSERTs take on two cores.
 */
public final class PgCopy {

    private static final int CHUNK = 1 << 16;

    private PgCopy() {
    }

    /** Copies rows into {@code table(columns)}; each row maps to one value per column (null allowed). */
    public static <T> long copy(Connection connection, String table, String columns, Iterable<T> rows,
            Function<T, Object[]> values) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT text)");
        try {
            StringBuilder buffer = new StringBuilder(CHUNK + 1024);
            for (T row : rows) {
                Object[] fields = values.apply(row);
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        buffer.append('\t');
                    }
                    escape(buffer, fields[i]);
                }
                buffer.append('\n');
                if (buffer.length() >= CHUNK) {
                    flush(copy, buffer);
                }
            }
            flush(copy, buffer);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void flush(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    static void escape(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
