package nl.ecza.registry.common.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (18, from the pinned zonky binaries) run as a child process, for the local run
 * and the tests; works without Docker and as root. The prod profile never starts one (see EczaMain).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /**
     * Whether a commit that was acknowledged survives a crash. zonky's own defaults are {@link #THROW_AWAY}
     * (it starts the server with {@code -F} and {@code synchronous_commit=off}): fine for a database that is
     * thrown away after the tests, wrong for the local run, whose data directory is kept between runs.
     */
    public enum Durability {
        /** fsync, synchronous commit and full-page writes on: a commit is answered after its WAL is on disk. */
        DURABLE("on"),
        /** All three off, for speed: a crash may lose the last commits (tests only). */
        THROW_AWAY("off");

        private final String setting;

        Durability(String setting) {
            this.setting = setting;
        }
    }

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory where the cluster lives; {@code null} for a throw-away cluster in a temporary
     *                      directory. An existing cluster is reused, so a restart keeps its data.
     * @param durability    whether acknowledged commits must survive a crash of the server
     */
    public static EmbeddedDatabase start(Path dataDirectory, Durability durability) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC")
                    // "-c fsync=on" after zonky's "-F" wins: the last setting on the command line counts.
                    .setServerConfig("fsync", durability.setting)
                    .setServerConfig("synchronous_commit", durability.setting)
                    .setServerConfig("full_page_writes", durability.setting);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Datasource settings for Quarkus, as configuration properties. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
