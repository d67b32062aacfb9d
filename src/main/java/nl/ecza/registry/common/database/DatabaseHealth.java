package nl.ecza.registry.common.database;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.Wellness;

/**
 * Database health, reported where it informs without taking the replica out of service: the wellness group
 * ({@code /q/health/well}, asks the database) and the gauge {@code ecza_database_up} (what the last request, poll or
 * check found). Readiness does not include it: every replica shares the database, so failing readiness on it would
 * take all of them, and the public finder they can still serve, out of the load balancer (docs/decisions/0015).
 */
@Wellness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    void register(@Observes @Priority(500) StartupEvent event) {
        Gauge.builder("ecza.database.up", () -> DatabaseOutages.unreachableSince().isPresent() ? 0 : 1)
                .description("1 while this replica reaches its database, 0 while it does not (as the last request, "
                        + "poll or health check found)")
                .register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(1)) {
                throw new SQLException("the connection did not answer within 1 s", "08006");
            }
            DatabaseOutages.reachable();
            return builder.up().build();
        } catch (SQLException | RuntimeException e) {
            DatabaseOutages.report("health check", e);
            builder.down().withData("reason", DatabaseOutages.rootMessage(e));
            DatabaseOutages.unreachableSince()
                    .ifPresent(since -> builder.withData("unreachableSince", since.toString()));
            return builder.build();
        }
    }
}
