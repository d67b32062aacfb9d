package nl.ecza.registry.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Tells whoever started the service where to find it. */
@ApplicationScoped
public class StartupAnnouncement {

    private static final Logger LOG = Logger.getLogger(StartupAnnouncement.class);

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true")
    boolean listening;

    void announce(@Observes StartupEvent event) {
        if (listening) {
            LOG.infof("ECZA registry ready: API http://localhost:%1$d/v1 - Swagger UI "
                    + "http://localhost:%1$d/q/swagger-ui - contract http://localhost:%1$d/v1/openapi.json - health "
                    + "http://localhost:%1$d/q/health", port);
        }
    }
}
