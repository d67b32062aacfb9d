package nl.ecza.registry.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.ecza.registry.common.database.EmbeddedDatabase;

/**
 * A fresh, real PostgreSQL for one test run; the application loads the shipped pack into it on start. Thrown
 * away afterwards, so it runs without fsync and synchronous commit, for speed.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.start(null, EmbeddedDatabase.Durability.THROW_AWAY);
        return database.datasourceProperties();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
