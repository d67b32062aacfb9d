package nl.ecza.registry.finder.rest;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;

import nl.ecza.registry.common.http.PublicRepresentations;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.RequestLanguage;
import nl.ecza.registry.common.openapi.ContractFilter;
import nl.ecza.registry.common.paging.PageRequest;
import nl.ecza.registry.common.paging.Paging;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.finder.api.NetworkDetails;
import nl.ecza.registry.finder.api.NetworkList;
import nl.ecza.registry.finder.api.NetworkMember;
import nl.ecza.registry.finder.api.NetworkSummary;
import nl.ecza.registry.ern.model.ErnNotFoundException;
import nl.ecza.registry.finder.mapping.RegisterMapper;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.RegisterReadModel;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.nomenclature.api.Names;

/** The 24 European Reference Networks and their Dutch members. */
// Served from the in-memory read model: nothing here blocks, so it runs on the I/O thread without a hand-off.
@NonBlocking
@Path("/v1/european-reference-networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "european-reference-networks", description = "The European Reference Networks and their Dutch members")
@APIResponse(responseCode = "304", ref = "NotModified")
@Extension(name = ContractFilter.ANSWERS_IN_LANGUAGE, value = "true")
public class NetworkResource {

    @Inject
    PublicRepresentations representations;

    @Inject
    RegisterReadModel readModel;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage requestLanguage;

    @GET
    @Operation(operationId = "listEuropeanReferenceNetworks", summary = "List the European Reference Networks",
            description = "The 24 networks by acronym, with the number of Dutch centres that are members today.")
    @APIResponse(responseCode = "200", description = "A page of networks",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NetworkList.class)))
    public Response list(@Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize,
            @Context HttpServerRequest http) {
        PageRequest paging = PageRequest.of(page, pageSize);
        Language language = requestLanguage.get();
        RegisterSnapshot register = readModel.current();
        LocalDate today = ClockProducer.today(clock);
        return representations.ok(http, register.version() + "-" + today, language, () -> {
            DayView day = register.on(today);
            List<RegisterEntries.Network> all = register.networks();
            return new NetworkList(paging.slice(all).stream().map(n -> new NetworkSummary(n.code(), n.acronym(),
                    language == Language.EN ? n.nameEn() : n.nameNl(), new Names(n.nameNl(), n.nameEn()),
                    language == Language.EN ? n.scopeEn() : n.scopeNl(), day.membershipsOfNetwork(n.code()).size(),
                    n.nameConfirmed()))
                    .toList(), Paging.of(paging, all.size()));
        });
    }

    @GET
    @Path("/{ernCode}")
    @Operation(operationId = "getEuropeanReferenceNetwork", summary = "Get one network with its Dutch members",
            description = "The network, the Orphanet groups its scope resembles (a heuristic) and the Dutch centres "
                    + "that are members today, with their type of membership.")
    @APIResponse(responseCode = "200", description = "The network",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NetworkDetails.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(
            @Parameter(description = "Network code, as in the list", example = "vascern")
            @PathParam("ernCode") String ernCode,
            @Context HttpServerRequest http) {
        Language language = requestLanguage.get();
        RegisterSnapshot register = readModel.current();
        RegisterEntries.Network n = register.network(ernCode.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new ErnNotFoundException(ernCode));
        LocalDate today = ClockProducer.today(clock);
        return representations.ok(http, register.version() + "-" + today, language, () -> {
            DayView day = register.on(today);
            RegisterMapper mapper = new RegisterMapper(register, day, language);
            List<NetworkMember> members = day.membershipsOfNetwork(n.code()).stream().map(m -> {
                RegisterEntries.Centre c = register.centre(m.centreId()).orElseThrow();
                return new NetworkMember(mapper.centre(c), mapper.institution(c.leadingInstitution()),
                        m.type(), m.since());
            }).sorted(Comparator.comparing(member -> member.centre().name(),
                    Collator.getInstance(language.locale()))).toList();
            return new NetworkDetails(n.code(), n.acronym(), language == Language.EN ? n.nameEn() : n.nameNl(),
                    new Names(n.nameNl(), n.nameEn()), language == Language.EN ? n.scopeEn() : n.scopeNl(),
                    new Names(n.scopeNl(), n.scopeEn()), n.rorId(), n.nameConfirmed(),
                    n.orphanetHeads().stream().map(mapper.conditions()::reference).toList(), members,
                    mapper.conditions().attribution());
        });
    }
}
