package nl.ecza.registry.common.database;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

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

    private DatabaseOutages() {
    }

    /** Something (a request, a poll) could not reach the database. */
    public static void report(String where, Throwable cause) {
        if (DOWN_SINCE.compareAndSet(null, Instant.now())) {
            LOG.warnf("The database is unreachable (%s: %s). Public reads go on from the read model; database-backed calls "
                    + "answer 503 with Retry-After until it is back.", where, rootMessage(cause));
        } else {
            LOG.debugf("%s: the database is still unreachable (%s)", where, rootMessage(cause));
        }
    }

    /** The database answered. */
    public static void reachable() {
        Instant since = DOWN_SINCE.getAndSet(null);
        if (since != null) {
            LOG.infof("The database is reachable again, after %d s", Duration.between(since, Instant.now()).toSeconds());
        }
    }

    /** Since when the database is known to be unreachable; empty while it is reachable (as far as this replica knows). */
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
