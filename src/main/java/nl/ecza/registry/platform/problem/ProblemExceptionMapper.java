package nl.ecza.registry.platform.problem;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import nl.ecza.registry.common.database.DatabaseOutages;
import nl.ecza.registry.fhir.rest.FhirOutcomes;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.Problem;
import nl.ecza.registry.common.problem.ProblemResponses;
import nl.ecza.registry.common.problem.ProblemType;
import nl.ecza.registry.common.problem.RegistryException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception that reaches JAX-RS into problem+json, using {@link ExceptionStatusTable}.
 * Several entry points exist only because the framework ships its own mappers for these types and the
 * most specific mapper wins; they all end in {@link #toResponse}.
 */
public class ProblemExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);

    @ServerExceptionMapper
    public Response mapAny(Throwable exception, HttpHeaders headers, UriInfo uri, Request request) {
        return toResponse(exception, headers, uri, request);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException exception, HttpHeaders headers, UriInfo uri,
            Request request) {
        return toResponse(exception, headers, uri, request);
    }

    @ServerExceptionMapper
    public Response mapValidation(ValidationException exception, HttpHeaders headers, UriInfo uri, Request request) {
        return toResponse(exception, headers, uri, request);
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException exception, HttpHeaders headers, UriInfo uri, Request request) {
        return toResponse(exception, headers, uri, request);
    }

    // Quarkus ships a mapper for wrong JSON types (a string for a number, an unknown enum value): ours wins.
    @ServerExceptionMapper
    public Response mapMismatched(MismatchedInputException exception, HttpHeaders headers,
            UriInfo uri, Request request) {
        return toResponse(exception, headers, uri, request);
    }

    // Quarkus ships mappers for its security exceptions; these win over them, so 401 and 403 are problem+json too.
    @ServerExceptionMapper
    public Response mapUnauthorized(UnauthorizedException exception, HttpHeaders headers, UriInfo uri,
            Request request) {
        return toResponse(exception, headers, uri, request);
    }

    @ServerExceptionMapper
    public Response mapAuthenticationFailed(AuthenticationFailedException exception, HttpHeaders headers,
            UriInfo uri, Request request) {
        return toResponse(exception, headers, uri, request);
    }

    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException exception, HttpHeaders headers, UriInfo uri, Request request) {
        return toResponse(exception, headers, uri, request);
    }

    private Response toResponse(Throwable thrown, HttpHeaders headers, UriInfo uri, Request request) {
        // The JSON reader reports some unreadable bodies (a truncated
        // document) as a plain 400 around the parser's error.
        Throwable exception = thrown instanceof WebApplicationException
                && thrown.getCause() instanceof JsonProcessingException json ? json : thrown;
        Language language = Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemType type = ExceptionStatusTable.problemTypeFor(exception);
        String path = uri.getRequestUri().getPath();
        String detail;
        List<Problem.InvalidParam> invalidParams = List.of();
        if (exception instanceof RegistryException registry) {
            detail = registry.detail(language);
            invalidParams = registry.invalidParams(language);
        } else if (exception instanceof ConstraintViolationException violations) {
            detail = LocalizedText.of("Een of meer parameters hebben een ongeldige waarde.",
                    "One or more parameters have an invalid value.").in(language);
            invalidParams = invalidParams(violations);
        // qualified: jakarta.validation has a ConstraintViolationException too
        } else if (exception instanceof org.hibernate.exception.ConstraintViolationException rule) {
            detail = LocalizedText.of("De wijziging is in strijd met de regel '%s' van het register."
                    .formatted(rule.getConstraintName()),
                    "The change breaks the registry rule '%s'.".formatted(rule.getConstraintName())).in(language);
        } else if (exception instanceof DataException) {
            detail = LocalizedText.of(
                    "Een waarde kan niet worden opgeslagen (bijvoorbeeld een stuurteken in tekst of een "
                            + "datum buiten bereik).",
                    "A value cannot be stored (for example a control character in text, or a date out of range).")
                    .in(language);
        } else if (exception instanceof DateTimeException) {
            detail = LocalizedText.of("Een datum valt buiten het bereik dat het register kent.",
                    "A date is out of the range the registry knows.")
                    .in(language);
        } else if (exception instanceof JsonProcessingException json) {
            detail = jsonDetail(json).in(language);
            invalidParams = jsonField(json, language);
        } else {
            detail = ProblemResponses.genericDetail(type, path, request.getMethod()).in(language);
        }
        if (type == ProblemType.DATABASE_UNAVAILABLE) {
            // a warning once, not a stack trace per request
            DatabaseOutages.report(request.getMethod() + " " + path, exception);
        } else if (type.status() >= 500) {
            LOG.errorf(exception, "%s %s failed", request.getMethod(), path);
        } else {
            LOG.debugf("%s %s -> %d %s", request.getMethod(), path, type.status(), exception.toString());
        }
        if (FhirOutcomes.covers(path)) {
            // FHIR clients read OperationOutcome, not problem+json (docs/decisions/0022); same status, same detail
            Response outcome = FhirOutcomes.response(type.status(), detail);
            if (type.status() == 503) {
                outcome.getHeaders().add(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS);
            }
            return outcome;
        }
        Response response = ProblemResponses.response(ProblemResponses.problem(type, language, detail, path,
                invalidParams), language);
        if (type.status() == 401) {
            response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ecza-registry\"");
        }
        return response;
    }

    private static List<Problem.InvalidParam> invalidParams(ConstraintViolationException exception) {
        List<Problem.InvalidParam> result = new ArrayList<>();
        for (ConstraintViolation<?> v : exception.getConstraintViolations()) {
            String path = v.getPropertyPath().toString();
            // "list.arg0.pageSize" -> "pageSize": clients know parameters by their wire name only.
            String name = path.substring(path.lastIndexOf('.') + 1);
            result.add(new Problem.InvalidParam(name, v.getMessage()));
        }
        result.sort((a, b) -> a.name().compareTo(b.name()));
        return result;
    }

    private static LocalizedText jsonDetail(JsonProcessingException exception) {
        JsonLocation location = exception.getLocation();
        String where = location == null ? ""
                : " (line %d, column %d)".formatted(location.getLineNr(), location.getColumnNr());
        String whereNl = location == null ? ""
                : " (regel %d, kolom %d)".formatted(location.getLineNr(), location.getColumnNr());
        if (exception instanceof JsonMappingException) {
            return LocalizedText.of("De JSON-inhoud heeft een veld met een verkeerd type of een onbekende waarde"
                    + whereNl + ".", "The JSON body has a field with a wrong type or an unknown value" + where + ".");
        }
        return LocalizedText.of("De inhoud is geen geldige JSON" + whereNl + ".",
                "The body is not valid JSON" + where + ".");
    }

    private static List<Problem.InvalidParam> jsonField(JsonProcessingException exception, Language language) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder name = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    name.append(name.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    name.append('[').append(ref.getIndex()).append(']');
                }
            }
            String reason = language == Language.EN ? "wrong type or unknown value"
                    : "verkeerd type of onbekende waarde";
            return List.of(new Problem.InvalidParam(name.toString(), reason));
        }
        return List.of();
    }
}
