package nl.ecza.registry.common.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * The one mechanism for the loads a fresh database gets on first start (the shipped Orphanet pack, the demo
 * register; the reference data is a Flyway migration, and Flyway locks on its own). Several replicas may start
 * together against one empty database: each load takes a PostgreSQL advisory lock on its own fixed key, held
 * by a session of its own around "is it there yet? if not, load it". One replica loads; the others wait for
 * the lock, then find the data committed and go on. A replica that dies while loading ends its session, which
 * releases the lock, and its transaction rolls back, so the next one in line loads.
 */
@ApplicationScoped
public class FirstStartLoads {

    private static final Logger LOG = Logger.getLogger(FirstStartLoads.class);

    /** A load and its lock key: fixed, distinct from every other advisory lock of the registry. */
    public enum Load {
        SHIPPED_PACK("the shipped Orphanet pack", 0x4543_5A41_4653_0001L), // "ECZA" "FS" 1
        DEMO_REGISTER("the fictional demo register", 0x4543_5A41_4653_0002L);

        private final String description;
        private final long lockKey;

        Load(String description, long lockKey) {
            this.description = description;
            this.lockKey = lockKey;
        }

        public long lockKey() {
            return lockKey;
        }
    }

    /** Whether the load's data is already in the database; runs after the lock is taken, on its own statement. */
    @FunctionalInterface
    public interface Check {
        boolean done(Connection c) throws SQLException;
    }

    public enum Outcome {
        /** This instance loaded it. */
        LOADED,
        /** It was there: loaded by an earlier start or, while this one waited, by another instance. */
        ALREADY_LOADED
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * Runs {@code load} unless {@code done} says its data is there, with the load's lock held throughout.
     * {@code load} commits in its own transaction before this returns (and so before the lock is released).
     */
    public Outcome runOnce(Load load, Check done, Runnable loader) {
        long start = System.nanoTime();
        try (Connection session = dataSource.getConnection()) {
            session.setAutoCommit(true); // each check sees what others committed until now
            boolean waited = !tryLock(session, load);
            if (waited) {
                LOG.infof("First-start load of %s: another instance holds its lock; waiting for it", load.description);
                lock(session, load);
            }
            try {
                if (done.done(session)) {
                    if (waited) {
                        LOG.infof("First-start load of %s: already loaded by another instance (waited %d ms)",
                                load.description, (System.nanoTime() - start) / 1_000_000);
                    } else {
                        LOG.infof("First-start load of %s: already in the database", load.description);
                    }
                    return Outcome.ALREADY_LOADED;
                }
                loader.run();
                return Outcome.LOADED;
            } finally {
                unlock(session, load);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("First-start load of " + load.description + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static boolean tryLock(Connection c, Load load) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?)")) {
            s.setLong(1, load.lockKey);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private static void lock(Connection c, Load load) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_lock(?)")) {
            s.setLong(1, load.lockKey);
            s.execute();
        }
    }

    private static void unlock(Connection c, Load load) {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(?)")) {
            s.setLong(1, load.lockKey);
            s.execute();
        } catch (SQLException e) {
            // The session is gone (and with it the lock) or broken; the pool discards a broken connection.
            LOG.warnf("Could not release the first-start lock of %s: %s", load.description, e.getMessage());
        }
    }
}
