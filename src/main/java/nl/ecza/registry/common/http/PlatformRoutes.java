package nl.ecza.registry.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.problem.Problem;
import nl.ecza.registry.common.problem.ProblemResponses;
import nl.ecza.registry.common.problem.ProblemType;

/**
 * HTTP behaviour that must hold for every response, including those JAX-RS never sees (health, the OpenAPI
 * document, unknown paths, bodies rejected by the HTTP layer): the API-Version header, CORS on the
 * published contract and problem+json for errors.
 */
@ApplicationScoped
public class PlatformRoutes {

    public static final String API_VERSION = "API-Version";
    private static final Logger LOG = Logger.getLogger(PlatformRoutes.class);

    @Inject
    RegistryConfig config;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        String version = config.api().version();
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            rc.addHeadersEndHandler(v -> rc.response().headers().set(API_VERSION, version));
            rc.next();
        });
        // ADR /core/publish-openapi: anyone may read the contract, from any origin.
        router.route("/v1/openapi*").order(Integer.MIN_VALUE + 1).handler(rc -> {
            rc.addHeadersEndHandler(v -> rc.response().headers().set("Access-Control-Allow-Origin", "*"));
            rc.next();
        });
        // Refuse a declared oversized body before anything reads it, with a problem rather than a bare 413.
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE + 2).handler(rc -> {
            if (declaredLength(rc) > limit) {
                writeProblem(rc, ProblemType.PAYLOAD_TOO_LARGE);
            } else {
                rc.next();
            }
        });
        // Last resort: a path nothing else serves.
        router.route().order(Integer.MAX_VALUE).handler(rc -> writeProblem(rc, ProblemType.NOT_FOUND));
        router.errorHandler(413, rc -> writeProblem(rc, ProblemType.PAYLOAD_TOO_LARGE));
        router.errorHandler(404, rc -> writeProblem(rc, ProblemType.NOT_FOUND));
        router.errorHandler(405, rc -> writeProblem(rc, ProblemType.METHOD_NOT_ALLOWED));
    }

    private static long declaredLength(RoutingContext rc) {
        try {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void writeProblem(RoutingContext rc, ProblemType type) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        Language language = Language.fromAcceptLanguage(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String path = rc.normalizedPath();
        String detail = ProblemResponses.genericDetail(type, path, rc.request().method().name()).in(language);
        Problem problem = ProblemResponses.problem(type, language, detail, path, null);
        try {
            rc.response()
                    .setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.code())
                    .end(objectMapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            LOG.error("Could not write problem details", e);
            rc.response().setStatusCode(type.status()).end();
        }
    }
}
