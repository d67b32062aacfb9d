package nl.ecza.registry.register.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.ecza.registry.centre.model.ExpertiseCentre;
import nl.ecza.registry.centre.model.Recognition;
import nl.ecza.registry.common.identity.Identifiers;
import nl.ecza.registry.common.write.IdempotentRequests;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.ern.model.ErnMembership;
import nl.ecza.registry.register.api.CentreChanges;
import nl.ecza.registry.register.api.CentreInput;
import nl.ecza.registry.register.api.MembershipChanges;
import nl.ecza.registry.register.api.MembershipInput;
import nl.ecza.registry.register.api.RecognitionChanges;
import nl.ecza.registry.register.api.RecognitionInput;
import nl.ecza.registry.register.api.RegisteredCentre;
import nl.ecza.registry.register.service.RegisterMaintenance;
import nl.ecza.registry.register.service.RegisterViews;
import nl.ecza.registry.security.Caller;
import nl.ecza.registry.security.Roles;

/**
 * Staff maintenance of the register (corrections, import of history), beside the public finder's read-only view of
 * /v1/expertise-centres: this one shows and changes everything, published or not. Answers are the whole centre.
 */
@Path("/v1/register/expertise-centres")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "register")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
public class RegisterResource {

    @Inject
    RegisterMaintenance maintenance;

    @Inject
    RegisterViews views;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Caller caller;

    @GET
    @Path("/{centreId}")
    @Transactional
    @Operation(operationId = "getRegisteredCentre", summary = "Get a centre as staff maintain it",
            description = "Secretariat, admin. All recognitions and memberships, published or not, each with the ETag "
                    + "a correction sends in If-Match.")
    @APIResponse(responseCode = "200", description = "The centre", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegisteredCentre.class)))
    public Response get(@Parameter(ref = "centreId") @PathParam("centreId") String centreId) {
        return ok(RegisterMaintenance.centre(Identifiers.uuid("centreId", centreId)));
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerCentre", summary = "Enter a centre",
            description = "Secretariat, admin. For history and corrections; a round creates its centres itself.")
    @APIResponse(responseCode = "201", description = "The centre",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag"),
            @Header(ref = "Idempotent-Replayed")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegisteredCentre.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(@Parameter(ref = "Idempotency-Key") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull CentreInput input, @Context UriInfo uri) {
        return idempotency.once(caller.actor(), caller.authority(), key, "POST", uri.getPath(), input, () -> {
            ExpertiseCentre centre = maintenance.create(input);
            return new IdempotentRequests.Answer(201,
                    uri.getAbsolutePathBuilder().path(centre.id.toString()).build().toString(),
                    Preconditions.etag(centre.version), views.centre(centre));
        });
    }

    @PATCH
    @Path("/{centreId}")
    @Transactional
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "correctCentre", summary = "Correct a centre's names, description or contact",
            description = "Secretariat, admin.")
    @APIResponse(responseCode = "200", description = "The centre", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegisteredCentre.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response change(@Parameter(ref = "centreId") @PathParam("centreId") String centreId,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CentreChanges changes) {
        return ok(maintenance.change(Identifiers.uuid("centreId", centreId), changes, ifMatch));
    }

    @POST
    @Path("/{centreId}/recognitions")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerRecognition", summary = "Enter a recognition",
            description = "Secretariat, admin. Active ORPHAcodes only (an inactive one is refused, naming its "
                    + "replacement); no overlap with another recognition of the centre for the condition; at most "
                    + "five years.")
    @APIResponse(responseCode = "201", description = "The centre with the recognition",
            headers = {@Header(ref = "Location"),
            @Header(ref = "Idempotent-Replayed")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegisteredCentre.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response recognise(@Parameter(ref = "centreId") @PathParam("centreId") String centreId,
            @Parameter(ref = "Idempotency-Key") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull RecognitionInput input, @Context UriInfo uri) {
        UUID id = Identifiers.uuid("centreId", centreId);
        return idempotency.once(caller.actor(), caller.authority(), key, "POST", uri.getPath(), input, () -> {
            Recognition recognition = maintenance.recognise(id, input);
            return new IdempotentRequests.Answer(201,
                    uri.getAbsolutePathBuilder().path(recognition.id.toString()).build().toString(), null,
                    views.centre(RegisterMaintenance.centre(id)));
        });
    }

    @PATCH
    @Path("/{centreId}/recognitions/{recognitionId}")
    @Transactional
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "correctRecognition", summary = "Publish, shorten or withdraw a recognition",
            description = "Secretariat, admin. If-Match takes the recognition's etag from the centre.")
    @APIResponse(responseCode = "200", description = "The centre",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisteredCentre.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response changeRecognition(@Parameter(ref = "centreId") @PathParam("centreId") String centreId,
            @Parameter(description = "Recognition id") @PathParam("recognitionId") String recognitionId,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RecognitionChanges changes) {
        UUID id = Identifiers.uuid("centreId", centreId);
        maintenance.change(id, Identifiers.uuid("recognitionId", recognitionId), changes, ifMatch);
        return Response.ok(views.centre(RegisterMaintenance.centre(id))).build();
    }

    @POST
    @Path("/{centreId}/ern-memberships")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerMembership", summary = "Enter an ERN membership",
            description = "Secretariat, admin. Only a recognised centre can be a member: the membership must start "
                    + "within an active recognition.")
    @APIResponse(responseCode = "201", description = "The centre with the membership",
            headers = {@Header(ref = "Location"),
            @Header(ref = "Idempotent-Replayed")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegisteredCentre.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response join(@Parameter(ref = "centreId") @PathParam("centreId") String centreId,
            @Parameter(ref = "Idempotency-Key") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull MembershipInput input, @Context UriInfo uri) {
        UUID id = Identifiers.uuid("centreId", centreId);
        return idempotency.once(caller.actor(), caller.authority(), key, "POST", uri.getPath(), input, () -> {
            ErnMembership membership = maintenance.join(id, input);
            return new IdempotentRequests.Answer(201,
                    uri.getAbsolutePathBuilder().path(membership.id.toString()).build().toString(), null,
                    views.centre(RegisterMaintenance.centre(id)));
        });
    }

    @PATCH
    @Path("/{centreId}/ern-memberships/{membershipId}")
    @Transactional
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "correctMembership", summary = "Change or end an ERN membership",
            description = "Secretariat, admin. If-Match takes the membership's etag from the centre.")
    @APIResponse(responseCode = "200", description = "The centre",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisteredCentre.class)))
    public Response changeMembership(@Parameter(ref = "centreId") @PathParam("centreId") String centreId,
            @Parameter(description = "Membership id") @PathParam("membershipId") String membershipId,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MembershipChanges changes) {
        UUID id = Identifiers.uuid("centreId", centreId);
        maintenance.change(id, Identifiers.uuid("membershipId", membershipId), changes, ifMatch);
        return Response.ok(views.centre(RegisterMaintenance.centre(id))).build();
    }

    private Response ok(ExpertiseCentre centre) {
        return Response.ok(views.centre(centre)).header(HttpHeaders.ETAG, Preconditions.etag(centre.version)).build();
    }
}
