package nl.ecza.registry.register.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import nl.ecza.registry.common.database.DatabaseOutages;

/**
 * Ready means "this replica can serve the public API": the register snapshot is loaded (next to the nomenclature,
 * {@code NomenclatureReadiness}). The database is deliberately not a condition: a snapshot keeps serving while it is
 * away. Its state is shown here as data only; its own check is in the wellness group (docs/decisions/0015).
 */
@Readiness
@ApplicationScoped
public class RegisterReadiness implements HealthCheck {

    @Inject
    RegisterReadModel readModel;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("register");
        builder.withData("database",
                DatabaseOutages.unreachableSince().map(since -> "unreachable since " + since).orElse("reachable"));
        return readModel.loaded()
                .map(s -> builder.up().withData("registryVersion", s.registryVersion()).build())
                .orElseGet(() -> builder.down().withData("reason", "register not loaded yet").build());
    }
}
