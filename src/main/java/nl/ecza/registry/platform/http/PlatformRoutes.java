package nl.ecza.registry.platform.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.platform.problem.ExceptionStatusTable;
import nl.ecza.registry.common.problem.Problem;
import nl.ecza.registry.common.problem.ProblemResponses;
import nl.ecza.registry.common.problem.ProblemType;
import nl.ecza.registry.fhir.FhirJson;
import nl.ecza.registry.fhir.rest.FhirOutcomes;

/**
 * HTTP behaviour that must hold for every response, including those JAX-RS never sees (health, the OpenAPI
 * document, unknown paths, bodies rejected by the HTTP layer): the API-Version header, CORS and
 * problem+json for errors.
 */
@ApplicationScoped
public class PlatformRoutes {

    public static final String API_VERSION = "API-Version";
    private static final Logger LOG = Logger.getLogger(PlatformRoutes.class);
    private static final Pattern ENCODED_DOT = Pattern.compile("%2e", Pattern.CASE_INSENSITIVE);

    @Inject
    RegistryConfig config;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    private String version;
    private Optional<String> hsts;

    void install(@Observes Router router) {
        version = config.api().version();
        hsts = config.http().strictTransportSecurity();
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            rc.addHeadersEndHandler(v -> securityHeaders(rc.response().headers(), version, hsts));
            rc.next();
        });
        // Whatever fails below JAX-RS - in the router, the body handler, the platform's own handlers, or before any
        // route ran (an HTTP/1.1 request without Host) - is answered here, before the platform's own error page.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        // CORS: the contract is open to every origin (ADR /core/publish-openapi), the rest of the API to the
        // configured website origins. The platform's CORS filter cannot tell paths apart, hence this route.
        List<String> origins = config.cors().origins().orElse(List.of());
        router.route().order(Integer.MIN_VALUE + 1).handler(rc -> cors(rc, origins));
        // Refuse a declared oversized body before anything reads it, with a problem rather than a bare 413.
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE + 2).handler(rc -> {
            if (declaredLength(rc) > limit) {
                writeProblem(rc, ProblemType.PAYLOAD_TOO_LARGE);
            } else {
                rc.next();
            }
        });
        // One place refuses a malformed Accept-Language, for every operation; everything after it may rely on it.
        router.route().order(Integer.MIN_VALUE + 3).handler(rc -> {
            if (Language.isWellFormed(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
                rc.next();
            } else {
                writeProblem(rc, ProblemType.INVALID_PARAMETERS, List.of(new Problem.InvalidParam("Accept-Language",
                        "RFC 9110: language tags such as nl or en-GB, optionally with ;q=0.5, separated by commas")));
            }
        });
        // A path means one resource: dot segments (also percent-encoded, which the router would resolve) and a trailing
        // slash are not other spellings of it (ADR /core/no-trailing-slash).
        router.route().order(Integer.MIN_VALUE + 4).handler(rc -> {
            String raw = rc.request().path();
            if (hasDotSegment(raw)) {
                writeProblem(rc, ProblemType.BAD_REQUEST);
            } else if (raw.startsWith("/v1/") && raw.endsWith("/")) {
                writeProblem(rc, ProblemType.NOT_FOUND);
            } else {
                rc.next();
            }
        });
        // Every query parameter of the contract takes one value: a second one is refused, not silently dropped (JAX-RS
        // would read the first, so "q=marfan&q=pompe" would answer for Marfan alone).
        router.route("/v1/*").order(Integer.MIN_VALUE + 5).handler(rc -> {
            List<Problem.InvalidParam> repeated = repeatedParameters(rc.request().query());
            if (repeated.isEmpty()) {
                rc.next();
            } else {
                writeProblem(rc, ProblemType.INVALID_PARAMETERS, repeated);
            }
        });
        // A request body is JSON in UTF-8 (RFC 8259 §8.1), said so
        // in Content-Type: anything else is a 415, not a guess.
        router.route("/v1/*").order(Integer.MIN_VALUE + 5).handler(rc -> {
            HttpMethod method = rc.request().method();
            boolean write = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
            if (write && hasBody(rc) && !isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
                writeProblem(rc, ProblemType.UNSUPPORTED_MEDIA_TYPE);
            } else {
                rc.next();
            }
        });
        // The contract is a document to read: other methods are refused, as on every other resource.
        router.routeWithRegex("/v1/openapi(\\.json|\\.yaml|\\.yml)?").order(Integer.MIN_VALUE + 6).handler(rc -> {
            HttpMethod method = rc.request().method();
            if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
                rc.next();
            } else {
                rc.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
                writeProblem(rc, ProblemType.METHOD_NOT_ALLOWED);
            }
        });
        // Last resort: a path nothing else serves.
        router.route().order(Integer.MAX_VALUE).handler(rc -> writeProblem(rc, ProblemType.NOT_FOUND));
        // Failures go to the failure handler above; these catch what never reaches one: no route for the path or the
        // method, and a failure of the failure handler itself.
        router.errorHandler(404, rc -> writeProblem(rc, ProblemType.NOT_FOUND));
        router.errorHandler(405, rc -> writeProblem(rc, ProblemType.METHOD_NOT_ALLOWED));
        router.errorHandler(500, rc -> {
            LOG.errorf(rc.failure(), "%s %s failed below JAX-RS", rc.request().method(), rc.normalizedPath());
            writeProblem(rc, ProblemType.INTERNAL_ERROR);
        });
    }

    private void failed(RoutingContext rc) {
        Throwable failure = rc.failure();
        ProblemType type;
        if (failure instanceof HttpException http) {
            type = ProblemType.forStatus(http.getStatusCode());
        } else if (rc.statusCode() >= 400 && rc.statusCode() < 500) {
            // the router's own refusals (an HTTP/1.1 request without
            // Host) carry their status beside a generic exception
            type = ProblemType.forStatus(rc.statusCode());
        } else if (failure != null) {
            type = ExceptionStatusTable.problemTypeFor(failure);
        } else {
            type = ProblemType.forStatus(rc.statusCode() > 0 ? rc.statusCode() : 500);
        }
        if (type.status() >= 500) {
            LOG.errorf(failure, "%s %s failed below JAX-RS", rc.request().method(), rc.normalizedPath());
        }
        writeProblem(rc, type);
    }

    static boolean hasDotSegment(String rawPath) {
        // Every request passes here: a path without a dot or a percent sign has no dot segment, and needs no regex.
        if (rawPath.indexOf('.') < 0 && rawPath.indexOf('%') < 0) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            String decoded = ENCODED_DOT.matcher(segment).replaceAll(".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBody(RoutingContext rc) {
        return declaredLength(rc) > 0 || rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** application/json or application/merge-patch+json, with no parameter but charset=utf-8. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !type.equals("application/merge-patch+json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace("\"", "");
            if (!parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Headers every response carries (ADR /core/transport/security-headers): the API version, no MIME sniffing, no
     * framing, HSTS where configured, and no caching unless the response says it is public (PublicRepresentations).
     */
    static void securityHeaders(MultiMap headers, String version, Optional<String> hsts) {
        headers.set(API_VERSION, version);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", "frame-ancestors 'none'");
        }
        hsts.ifPresent(value -> headers.set("Strict-Transport-Security", value));
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private void cors(RoutingContext rc, List<String> origins) {
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            rc.next();
            return;
        }
        boolean contract = rc.normalizedPath().startsWith("/v1/openapi");
        boolean allowed = contract || origins.contains(origin);
        boolean preflight = rc.request().method() == HttpMethod.OPTIONS
                && rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (preflight && !allowed) {
            writeProblem(rc, ProblemType.CORS_ORIGIN_NOT_ALLOWED);
            return;
        }
        if (allowed) {
            String allowOrigin = contract ? "*" : origin;
            rc.addHeadersEndHandler(v -> rc.response().headers()
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, allowOrigin)
                    .set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                            "API-Version, ETag, Content-Language, Location, X-Request-Id")
                    .add(HttpHeaders.VARY, "Origin"));
        }
        if (preflight) {
            rc.response().setStatusCode(204)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                            "Accept, Accept-Language, If-None-Match, Content-Type")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600")
                    .end();
            return;
        }
        rc.next();
    }

    private static long declaredLength(RoutingContext rc) {
        try {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The names given more than once in a raw query string, each once, in order (names compared as decoded). */
    static List<Problem.InvalidParam> repeatedParameters(String query) {
        if (query == null || query.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decoded(eq < 0 ? pair : pair.substring(0, eq));
            if (!name.isEmpty() && !seen.add(name)) {
                repeated.add(name);
            }
        }
        return repeated.stream()
                .map(name -> new Problem.InvalidParam(name, "given more than once; every parameter takes one value"))
                .toList();
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name; // a malformed escape is refused where the parameter is read; here it only has to compare
        }
    }

    private void writeProblem(RoutingContext rc, ProblemType type) {
        writeProblem(rc, type, null);
    }

    private void writeProblem(RoutingContext rc, ProblemType type, List<Problem.InvalidParam> invalidParams) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        Language language = Language.fromAcceptLanguage(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String path = rc.normalizedPath();
        String detail = ProblemResponses.genericDetail(type, path, rc.request().method().name()).in(language);
        Problem problem = ProblemResponses.problem(type, language, detail, path, invalidParams);
        // also when no route ran before the failure, so the headers-end hook of the first route was never set
        securityHeaders(rc.response().headers(), version, hsts);
        if (type.status() == 503) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS);
        }
        if (FhirOutcomes.covers(path)) {
            // the FHIR facade's errors are OperationOutcomes, also those refused here (docs/decisions/0022)
            if (type.status() == 405) {
                rc.response().putHeader(HttpHeaders.ALLOW, FhirOutcomes.ALLOW);
            }
            rc.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, FhirJson.MEDIA_TYPE_UTF8)
                    .end(FhirOutcomes.body(type.status(), detail));
            return;
        }
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
