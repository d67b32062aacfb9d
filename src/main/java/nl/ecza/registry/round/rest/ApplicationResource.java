package nl.ecza.registry.round.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.RequestLanguage;
import nl.ecza.registry.common.openapi.ContractFilter;
import nl.ecza.registry.common.paging.PageRequest;
import nl.ecza.registry.common.paging.Paging;
import nl.ecza.registry.common.write.IdempotentRequests;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.round.api.ApplicationContent;
import nl.ecza.registry.round.api.ApplicationList;
import nl.ecza.registry.round.api.ApplicationView;
import nl.ecza.registry.round.mapping.RoundMapper;
import nl.ecza.registry.round.model.Application;
import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.service.ApplicationService;
import nl.ecza.registry.round.service.RoundService;
import nl.ecza.registry.security.Caller;
import nl.ecza.registry.security.Roles;

/** Applications in a round: hospitals write their own; staff read all. */
@Path("/v1/recognition-rounds/{year}/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recognition-rounds")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
@Extension(name = ContractFilter.ANSWERS_IN_LANGUAGE, value = "true")
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    @Inject
    RoundMapper mapper;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Caller caller;

    @Inject
    RequestLanguage requestLanguage;

    @GET
    @Transactional
    @RolesAllowed({Roles.HOSPITAL, Roles.SECRETARIAT, Roles.DECISION_MAKER, Roles.ADMIN})
    @Operation(operationId = "listApplications", summary = "List applications in a round",
            description = "A hospital sees the applications of the institutions it acts for, with their status per "
                    + "condition; staff see all.")
    @APIResponse(responseCode = "200", description = "Applications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationList.class)))
    public ApplicationList list(@Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize) {
        int y = Years.parse(year);
        PageRequest paging = PageRequest.of(page, pageSize);
        RecognitionRound round = RoundService.find(y);
        List<Application> all = applications.list(y);
        Language language = requestLanguage.get();
        return new ApplicationList(paging.slice(all).stream().map(a -> mapper.application(a, round, language)).toList(),
                Paging.of(paging, all.size()));
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.HOSPITAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApplication", summary = "Start an application (draft)",
            description = "Hospital, for an institution its token acts for, while the round is open and before the "
                    + "deadline. The draft may be incomplete; only active ORPHAcodes can be requested (an inactive one "
                    + "is refused, naming its replacement).")
    @APIResponse(responseCode = "201", description = "The draft",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag"),
            @Header(ref = "Idempotent-Replayed")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(@Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "Idempotency-Key") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull ApplicationContent content, @Context UriInfo uri) {
        int y = Years.parse(year);
        return idempotency.once(caller.actor(), caller.authority(), key, "POST", uri.getPath(), content, () -> {
            Application application = applications.create(y, content);
            return new IdempotentRequests.Answer(201,
                    uri.getAbsolutePathBuilder().path(application.id.toString()).build().toString(),
                    Preconditions.etag(application.version), mapper.view(application));
        });
    }

    @GET
    @Path("/{applicationId}")
    @Transactional
    @RolesAllowed({Roles.HOSPITAL, Roles.SECRETARIAT, Roles.DECISION_MAKER, Roles.ADMIN})
    @Operation(operationId = "getApplication", summary = "Get an application and its status",
            description = "Another institution's application does not exist for a hospital (404).")
    @APIResponse(responseCode = "200", description = "The application", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    public Response get(@Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "applicationId") @PathParam("applicationId") String applicationId) {
        return mapper.response(applications.find(Years.parse(year), Identifiers.uuid("applicationId", applicationId)));
    }

    @PUT
    @Path("/{applicationId}")
    @Transactional
    @RolesAllowed(Roles.HOSPITAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceApplication", summary = "Edit a draft application",
            description = "Hospital. Replaces the draft's content; only while it is a draft and before the deadline.")
    @APIResponse(responseCode = "200", description = "The draft", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response replace(@Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "applicationId") @PathParam("applicationId") String applicationId,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ApplicationContent content) {
        return mapper.response(applications.replace(Years.parse(year), Identifiers.uuid("applicationId", applicationId),
                content, ifMatch));
    }

    @POST
    @Path("/{applicationId}/submission")
    @Transactional
    @RolesAllowed(Roles.HOSPITAL)
    @Operation(operationId = "submitApplication", summary = "Submit an application",
            description = "Hospital. Accepted strictly before the round's deadline (by default 1 April 00:00 "
                    + "Europe/Amsterdam); after it the problem names the deadline. Checks completeness and names "
                    + "every missing field.")
    @APIResponse(responseCode = "200", description = "The submitted application", headers = {@Header(ref = "ETag"),
            @Header(ref = "Idempotent-Replayed")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response submit(@Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "applicationId") @PathParam("applicationId") String applicationId,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(ref = "Idempotency-Key") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        int y = Years.parse(year);
        UUID id = Identifiers.uuid("applicationId", applicationId);
        return idempotency.once(caller.actor(), caller.authority(), key, "POST", uri.getPath(), null, () -> {
            Application application = applications.submit(y, id, ifMatch);
            return new IdempotentRequests.Answer(200, null, Preconditions.etag(application.version),
                    mapper.view(application));
        });
    }

    @POST
    @Path("/{applicationId}/withdrawal")
    @Transactional
    @RolesAllowed(Roles.HOSPITAL)
    @Operation(operationId = "withdrawApplication", summary = "Withdraw an application",
            description = "Hospital. A draft or submitted application can be withdrawn before the deadline.")
    @APIResponse(responseCode = "200", description = "The withdrawn application", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response withdraw(@Parameter(ref = "year") @PathParam("year") String year,
            @Parameter(ref = "applicationId") @PathParam("applicationId") String applicationId,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return mapper.response(applications.withdraw(Years.parse(year),
                Identifiers.uuid("applicationId", applicationId), ifMatch));
    }
}
