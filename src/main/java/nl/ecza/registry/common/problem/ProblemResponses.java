package nl.ecza.registry.common.problem;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.LocalizedText;

/** Builds problem+json responses; the single place that knows the wire format of an error. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    /**
     * Every 503 says when to try again (RFC 9110 Retry-After, in
     * seconds): a database restart or fail-over takes seconds.
     */
    public static final String RETRY_AFTER_SECONDS = "5";

    private ProblemResponses() {
    }

    public static Problem problem(ProblemType type, Language language, String detail, String instance,
            List<Problem.InvalidParam> invalidParams) {
        return new Problem(type.type(), type.title().in(language), type.status(), detail, instance,
                invalidParams == null || invalidParams.isEmpty() ? null : invalidParams);
    }

    public static Response response(Problem problem, Language language) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .entity(problem);
        if (problem.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** Generic detail texts for problems raised by the framework rather than by a registry rule. */
    public static LocalizedText genericDetail(ProblemType type, String path, String method) {
        return switch (type) {
            case CORS_ORIGIN_NOT_ALLOWED ->
                    LocalizedText.of("Deze website mag de API niet vanuit de browser aanroepen.",
                            "This website may not call the API from a browser.");
            case UNAUTHORIZED -> LocalizedText.of("Stuur een geldig bearer-token (JWT) mee in de header Authorization.",
                    "Send a valid bearer token (JWT) in the Authorization header.");
            case FORBIDDEN -> LocalizedText.of("Uw rol geeft geen toegang tot %s %s.".formatted(method, path),
                    "Your role does not allow %s %s.".formatted(method, path));
            case PRECONDITION_FAILED ->
                    LocalizedText.of("Iemand anders heeft dit intussen gewijzigd; haal het opnieuw op.",
                            "Someone changed this in the meantime; fetch it again.");
            case NOT_FOUND -> LocalizedText.of("Er is geen resource op %s.".formatted(path),
                    "There is no resource at %s.".formatted(path));
            case METHOD_NOT_ALLOWED -> LocalizedText.of("%s is niet toegestaan op %s.".formatted(method, path),
                    "%s is not allowed on %s.".formatted(method, path));
            case NOT_ACCEPTABLE -> LocalizedText.of(
                    "Deze resource is niet beschikbaar in het gevraagde mediatype (Accept) of "
                            + "coördinatenstelsel (Accept-Crs).",
                    "This resource is not available in the requested media type (Accept) or coordinate reference "
                            + "system (Accept-Crs).");
            case UNSUPPORTED_MEDIA_TYPE ->
                    LocalizedText.of("Het mediatype van de inhoud (Content-Type) wordt niet ondersteund.",
                            "The media type of the request body (Content-Type) is not supported.");
            case PAYLOAD_TOO_LARGE -> LocalizedText.of("De inhoud van het verzoek is groter dan toegestaan.",
                    "The request body is larger than allowed.");
            case DATABASE_UNAVAILABLE -> LocalizedText.of(
                    "Het register kan zijn database nu niet bereiken. Zoeken in het openbare register werkt wel; "
                            + "probeer dit over enkele seconden opnieuw.",
                    "The registry cannot reach its database right now. Searching the public register still works; "
                            + "retry this in a few seconds.");
            case INTERNAL_ERROR -> LocalizedText.of(
                    "Er ging iets mis in de registry. De fout is gelogd; probeer het later opnieuw.",
                    "Something went wrong in the registry. The error was logged; please try again later.");
            default -> LocalizedText.of("Het verzoek kon niet worden verwerkt.", "The request could not be processed.");
        };
    }
}
