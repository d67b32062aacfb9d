package nl.ecza.registry.fhir.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import nl.ecza.registry.fhir.FhirJson;

/**
 * Every error under /fhir is an OperationOutcome in application/fhir+json, whatever refused the request: the
 * facade itself ({@link FhirRequestException}), JAX-RS (a wrong method: 405) or the platform routes (an unknown
 * path, a malformed Accept-Language). The problem+json handlers hand /fhir paths over to {@link #covers}/{@link #body}.
 */
public class FhirOutcomes {

    public static final String ALLOW = "GET, HEAD, OPTIONS";

    /** Whether a path belongs to the FHIR facade. */
    public static boolean covers(String path) {
        return path != null && (path.equals("/fhir") || path.startsWith("/fhir/"));
    }

    @ServerExceptionMapper
    public Response map(FhirRequestException exception) {
        return response(exception.status(), exception.issue(), exception.getMessage());
    }

    /** The OperationOutcome response for a status the platform chose; the issue type follows from the status. */
    public static Response response(int status, String diagnostics) {
        return response(status, issueFor(status), diagnostics);
    }

    public static Response response(int status, IssueType issue, String diagnostics) {
        Response.ResponseBuilder builder = Response.status(status).type(FhirJson.MEDIA_TYPE_UTF8)
                .entity(body(issue, diagnostics));
        if (status == 405) {
            builder.header(HttpHeaders.ALLOW, ALLOW);
        }
        return builder.build();
    }

    public static String body(int status, String diagnostics) {
        return body(issueFor(status), diagnostics);
    }

    static String body(IssueType issue, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(issue).setDiagnostics(diagnostics);
        return FhirJson.encode(outcome, false);
    }

    static IssueType issueFor(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401, 403 -> IssueType.SECURITY;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 413 -> IssueType.TOOCOSTLY;
            case 429 -> IssueType.THROTTLED;
            case 503 -> IssueType.TRANSIENT;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }
}
