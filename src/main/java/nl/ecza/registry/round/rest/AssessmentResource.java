package nl.ecza.registry.round.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.ecza.registry.common.identity.Identifiers;
import nl.ecza.registry.common.openapi.ContractFilter;
import nl.ecza.registry.common.write.IdempotentRequests;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.nomenclature.model.OrphaCodes;
import nl.ecza.registry.round.api.AdviceInput;
import nl.ecza.registry.round.api.ApplicationView;
import nl.ecza.registry.round.api.DecisionInput;
import nl.ecza.registry.round.api.ObjectionInput;
import nl.ecza.registry.round.api.ObjectionOutcomeInput;
import nl.ecza.registry.round.mapping.RoundMapper;
import nl.ecza.registry.round.model.Application;
import nl.ecza.registry.round.service.AssessmentService;
import nl.ecza.registry.security.Caller;
import nl.ecza.registry.security.Roles;

/**
 * Per requested condition: the secretariat's advice, the deciding official's decision, the institution's objection
 * and its outcome. Every answer is the whole application, so each party sees the state it changed.
 */
@Path("/v1/recognition-rounds/{year}/applications/{applicationId}/conditions/{orphaCode}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "recognition-rounds")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "409", ref = "Conflict")
@APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
@Extension(name = ContractFilter.ANSWERS_IN_LANGUAGE, value = "true")
public class AssessmentResource {

    @Inject
    AssessmentService assessment;

    @Inject
    RoundMapper mapper;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Caller caller;

    @PUT
    @Path("/advice")
    @Transactional
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "adviseOnCondition", summary = "Record the advice on a requested condition",
            description = "Secretariat, while the round is in assessment. Send the application's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The application", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    public Response advise(@Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "applicationId") @PathParam("applicationId") String applicationId,
            @Parameter(ref = "orphaCode") @PathParam("orphaCode") String orphaCode,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AdviceInput input) {
        return mapper.response(assessment.advise(Years.parse(year), id(applicationId),
                OrphaCodes.parse("orphaCode", orphaCode), input, ifMatch));
    }

    @PUT
    @Path("/decision")
    @Transactional
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "decideOnCondition", summary = "Decide on a requested condition",
            description = "Deciding official, while the round is in assessment. recognised creates a recognition valid "
                    + "five years from the decision date - or, when it renews a running recognition of the same centre "
                    + "and condition, from the day that one ends, so they never overlap. It becomes public when the "
                    + "round is published. A decision is final; the institution may object within the round's "
                    + "objection weeks.")
    @APIResponse(responseCode = "200", description = "The application", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    public Response decide(@Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "applicationId") @PathParam("applicationId") String applicationId,
            @Parameter(ref = "orphaCode") @PathParam("orphaCode") String orphaCode,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DecisionInput input) {
        return mapper.response(assessment.decide(Years.parse(year), id(applicationId),
                OrphaCodes.parse("orphaCode", orphaCode), input, ifMatch));
    }

    @POST
    @Path("/objection")
    @Transactional
    @RolesAllowed(Roles.HOSPITAL)
    @Operation(operationId = "objectToDecision", summary = "Object to the refusal of a condition",
            description = "Hospital, for its own application: within the round's objection weeks (6 by default) of the "
                    + "decision, up to and including the closing day; afterwards the problem names that day. While the "
                    + "objection runs the refused condition stays unpublished.")
    @APIResponse(responseCode = "201", description = "The application with the objection",
            headers = {@Header(ref = "Location"),
            @Header(ref = "ETag"), @Header(ref = "Idempotent-Replayed")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response object(@Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "applicationId") @PathParam("applicationId") String applicationId,
            @Parameter(ref = "orphaCode") @PathParam("orphaCode") String orphaCode,
            @Parameter(ref = "Idempotency-Key") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull ObjectionInput input, @Context UriInfo uri) {
        int y = Years.parse(year);
        UUID id = id(applicationId);
        int code = OrphaCodes.parse("orphaCode", orphaCode);
        return idempotency.once(caller.actor(), caller.authority(), key, "POST", uri.getPath(), input, () -> {
            Application application = assessment.object(y, id, code, input);
            return new IdempotentRequests.Answer(201, uri.getAbsolutePath().toString(),
                    Preconditions.etag(application.version), mapper.view(application));
        });
    }

    @PUT
    @Path("/objection/outcome")
    @Transactional
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "decideOnObjection", summary = "Record the outcome of an objection",
            description = "Deciding official. upheld overturns the refusal and creates the recognition (published at "
                    + "once if the round already is); rejected leaves the condition unrecognised.")
    @APIResponse(responseCode = "200", description = "The application", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    public Response decideObjection(@Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "applicationId") @PathParam("applicationId") String applicationId,
            @Parameter(ref = "orphaCode") @PathParam("orphaCode") String orphaCode,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ObjectionOutcomeInput input) {
        return mapper.response(assessment.decideObjection(Years.parse(year), id(applicationId),
                OrphaCodes.parse("orphaCode", orphaCode), input, ifMatch));
    }

    private static UUID id(String applicationId) {
        return Identifiers.uuid("applicationId", applicationId);
    }
}
