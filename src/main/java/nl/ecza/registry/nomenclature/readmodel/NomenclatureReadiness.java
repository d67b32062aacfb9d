package nl.ecza.registry.nomenclature.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until a nomenclature snapshot is loaded: before that every condition lookup would be a 503. */
@Readiness
@ApplicationScoped
public class NomenclatureReadiness implements HealthCheck {

    @Inject
    NomenclatureReadModel readModel;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("nomenclature");
        return readModel.loaded()
                .map(s -> builder.up().withData("release", s.release().id())
                        .withData("dataVersion", s.release().dataVersion())
                        .withData("entities", s.conditions().size()).build())
                .orElseGet(() -> builder.down().withData("reason", "nomenclature not loaded yet").build());
    }
}
