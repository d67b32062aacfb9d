import java.nio.file.Path;
import nl.ecza.registry.common.database.EmbeddedDatabase;

/**
 * The local run's embedded PostgreSQL on its own: prints its JDBC URL, runs until stopped. Started by the scripts that
 * run services against one database (check-concurrent-start.sh, measure-framework-floor.sh) as a single-file program:
 * java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" scripts/lib/SharedDatabase.java DATA_DIRECTORY
 */
public class SharedDatabase {
    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), EmbeddedDatabase.Durability.DURABLE);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        System.out.println("JDBC " + database.jdbcUrl());
        Thread.currentThread().join();
    }
}
