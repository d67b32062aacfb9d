package nl.ecza.registry.round.rest;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
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

import nl.ecza.registry.common.paging.PageRequest;
import nl.ecza.registry.common.paging.Paging;
import nl.ecza.registry.common.write.IdempotentRequests;
import nl.ecza.registry.common.write.Preconditions;
import nl.ecza.registry.round.api.NewRound;
import nl.ecza.registry.round.api.RoundChanges;
import nl.ecza.registry.round.api.RoundList;
import nl.ecza.registry.round.api.RoundView;
import nl.ecza.registry.round.mapping.RoundMapper;
import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.service.RoundService;
import nl.ecza.registry.security.Caller;
import nl.ecza.registry.security.Roles;

/** The yearly recognition rounds: public to read, run by the secretariat. */
@Path("/v1/recognition-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recognition-rounds")
@APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
public class RoundResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    RoundService rounds;

    @Inject
    RoundMapper mapper;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Caller caller;

    @GET
    @PermitAll
    @Operation(operationId = "listRecognitionRounds", summary = "List recognition rounds",
            description = "Newest first. Public.")
    @APIResponse(responseCode = "200", description = "Rounds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundList.class)))
    public RoundList list(@Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize) {
        PageRequest paging = PageRequest.of(page, pageSize);
        List<RecognitionRound> all = RecognitionRound.<RecognitionRound>listAll().stream()
                .sorted(Comparator.comparing((RecognitionRound r) -> r.year).reversed()).toList();
        return new RoundList(paging.slice(all).stream().map(mapper::round).toList(), Paging.of(paging, all.size()));
    }

    @GET
    @Path("/{year}")
    @PermitAll
    @Operation(operationId = "getRecognitionRound", summary = "Get a recognition round",
            description = "Phase dates, state and whether applications are accepted now. The ETag is what a change "
                    + "sends in If-Match.")
    @APIResponse(responseCode = "200", description = "The round", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The round's year", example = "2026") @PathParam("year") String year) {
        RecognitionRound round = RoundService.find(Years.parse(year));
        return Response.ok(mapper.round(round)).header(HttpHeaders.ETAG, Preconditions.etag(round.version)).build();
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createRecognitionRound", summary = "Create the round of a year",
            description = "Secretariat. One round per year; dates left out take the defaults (applications before 1 "
                    + "April 00:00 Europe/Amsterdam, assessment until 31 July, decisions by 31 October, 6 weeks for "
                    + "objections, never fewer). The deadline must lie in the future (409 otherwise). "
                    + "The round starts planned.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag"),
            @Header(ref = "Idempotent-Replayed")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(@Parameter(ref = "Idempotency-Key") @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull NewRound request, @Context UriInfo uri) {
        return idempotency.once(caller.actor(), caller.authority(), key, "POST", uri.getPath(), request, () -> {
            RecognitionRound round = rounds.create(request);
            return new IdempotentRequests.Answer(201,
                    uri.getAbsolutePathBuilder().path(String.valueOf(round.year)).build().toString(),
                    Preconditions.etag(round.version), mapper.round(round));
        });
    }

    @PATCH
    @Path("/{year}")
    @Transactional
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "changeRecognitionRound", summary = "Adjust a round or move it to its next phase",
            description = "Secretariat. Change phase dates, or set state to the next phase. Closing for applications "
                    + "is only possible after the deadline; decided needs a decision on every submitted condition; "
                    + "published makes the round's recognitions public in the finder. The application deadline must "
                    + "lie in the future; while the round is open it can only be extended, and once applications are "
                    + "closed it is frozen (409). objectionWeeks (at least 6) applies to decisions taken from then on; "
                    + "a decided condition keeps its objectionClosesOn.")
    @APIResponse(responseCode = "200", description = "The changed round", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response change(
            @Parameter(description = "The round's year", example = "2026") @PathParam("year") String year,
            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RoundChanges changes) {
        RecognitionRound round = rounds.change(Years.parse(year), changes, ifMatch);
        return Response.ok(mapper.round(round)).header(HttpHeaders.ETAG, Preconditions.etag(round.version)).build();
    }
}
