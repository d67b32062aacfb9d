package nl.ecza.registry.common.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.agroal.api.AgroalPoolInterceptor;
import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.common.observability.RequestIds;

/**
 * Pool hooks for outages. A connection handed to an HTTP request waits at most
 * {@code ecza.database.request-network-timeout} (600 ms) for any one database reply, so a request on a database that
 * hangs (network partition, frozen server) fails fast with a 503 instead of holding a worker thread. Everything else
 * (Flyway, the first-start pack import, the import command, read-model rebuilds at start and in the background) keeps
 * the pool's generous {@code quarkus.datasource.jdbc.network-timeout}: their statements may legitimately take seconds.
 * A request is recognised by its request id in the MDC, which {@link RequestIds} sets for every HTTP request and
 * nothing else does. A newly created connection also tells {@link DatabaseOutages} that the database is back.
 */
@ApplicationScoped
public class DatabaseConnections implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(DatabaseConnections.class);
    private static final Executor SAME_THREAD = Runnable::run;

    @Inject
    RegistryConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.network-timeout")
    Optional<Duration> poolTimeout;

    @Override
    public void onConnectionCreate(Connection connection) {
        DatabaseOutages.reachable();
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (MDC.get(RequestIds.MDC_KEY) != null) {
            networkTimeout(connection, config.database().requestNetworkTimeout());
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        networkTimeout(connection, poolTimeout.orElse(Duration.ZERO));
    }

    private static void networkTimeout(Connection connection, Duration timeout) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        try {
            if (!connection.isClosed() && connection.getNetworkTimeout() != millis) {
                connection.setNetworkTimeout(SAME_THREAD, millis);
            }
        } catch (SQLException e) {
            // A broken connection: the statement that uses it fails (503) and the pool discards it.
            LOG.debugf("Could not set the network timeout of a pooled connection: %s", e.getMessage());
        }
    }
}
