package nl.ecza.registry.common.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * What this replica knows about its database: reachable, or unreachable since when. Whoever meets a lost database
 * (a request answered 503, a background poll, the health check) reports it; a new pool connection or a successful
 * poll or check reports it back. One warning when the database goes away and one line when it returns: never a stack
 * trace per request or per poll (docs/decisions/0015).
 */
public final class DatabaseOutages {

    private static final Logger LOG = Logger.getLogger(DatabaseOutages.class);

    private static final AtomicReference<Instant> DOWN_SINCE = new AtomicReference<>();

    /** The exceptions that say "no connection": ExceptionStatusTable makes them (and their causes) a 503. */
    private static final List<Class<? extends Throwable>> CONNECTION_EXCEPTIONS = List.of(
            JDBCConnectionException.class, SQLTransientConnectionException.class,
            SQLNonTransientConnectionException.class);

    /**
     * PostgreSQL's SQLStates for "no database here now": the server shut down or crashed under an open connection
     * (57P01, 57P02), is starting or recovering (57P03), or has no connection slot left (53300). Class 08 (connection
     * exception: refused, broken, timed out) is matched by its prefix.
     */
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutages() {
    }

    /**
     * Whether the exception or one of its causes says the database cannot be reached: a connection exception,
     * a JDBC error with a connection SQLState, or the pool's acquisition timeout (Agroal reports it as a plain
     * SQLException with no SQLState; its message is all there is).
     */
    public static boolean unreachable(Throwable exception) {
        Throwable t = exception;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause() == t ? null : t.getCause()) {
            Throwable current = t;
            if (CONNECTION_EXCEPTIONS.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || UNREACHABLE_STATES.contains(state))) {
                    return true;
                }
                if (state == null && sql.getMessage() != null
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Something (a request, a poll) could not reach the database. */
    public static void report(String where, Throwable cause) {
        if (DOWN_SINCE.compareAndSet(null, Instant.now())) {
            LOG.warnf("The database is unreachable (%s: %s). Public reads go on from the read model; database-backed "
                    + "calls answer 503 with Retry-After until it is back.", where, rootMessage(cause));
        } else {
            LOG.debugf("%s: the database is still unreachable (%s)", where, rootMessage(cause));
        }
    }

    /** The database answered. */
    public static void reachable() {
        Instant since = DOWN_SINCE.getAndSet(null);
        if (since != null) {
            LOG.infof("The database is reachable again, after %d s",
                    Duration.between(since, Instant.now()).toSeconds());
        }
    }

    /**
     * Since when the database is known to be unreachable; empty while it is reachable (as far as this replica knows).
     */
    public static Optional<Instant> unreachableSince() {
        return Optional.ofNullable(DOWN_SINCE.get());
    }

    static String rootMessage(Throwable exception) {
        Throwable root = exception;
        for (int i = 0; i < 16 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
