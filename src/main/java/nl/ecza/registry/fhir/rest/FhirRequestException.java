package nl.ecza.registry.fhir.rest;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * A request under /fhir the facade refuses: answered as an OperationOutcome with this status (FHIR's error form),
 * not as problem+json, which FHIR clients do not read (docs/decisions/0022).
 */
public class FhirRequestException extends RuntimeException {

    private final int status;
    private final IssueType issue;

    public FhirRequestException(int status, IssueType issue, String diagnostics) {
        super(diagnostics);
        this.status = status;
        this.issue = issue;
    }

    public static FhirRequestException invalidParameter(String name, String why) {
        return new FhirRequestException(400, IssueType.INVALID, "Search parameter '" + name + "' " + why);
    }

    public int status() {
        return status;
    }

    public IssueType issue() {
        return issue;
    }
}
