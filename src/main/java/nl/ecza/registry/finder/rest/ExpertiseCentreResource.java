package nl.ecza.registry.finder.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;

import nl.ecza.registry.centre.model.CentreNotFoundException;
import nl.ecza.registry.common.http.PublicRepresentations;
import nl.ecza.registry.common.identity.Identifiers;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.RequestLanguage;
import nl.ecza.registry.common.openapi.ContractFilter;
import nl.ecza.registry.common.paging.PageRequest;
import nl.ecza.registry.common.paging.Paging;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.finder.api.ExpertiseCentreDetails;
import nl.ecza.registry.finder.api.ExpertiseCentreList;
import nl.ecza.registry.finder.mapping.RegisterMapper;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterReadModel;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.finder.search.CentreFinder;
import nl.ecza.registry.finder.search.CentreHit;
import nl.ecza.registry.finder.search.FinderQuery;
import nl.ecza.registry.finder.search.FinderResult;
import nl.ecza.registry.finder.search.Proximity;

/** The public expertise finder: which recognised centre has expertise for this condition? */
// Served from the in-memory read model: nothing here blocks, so it runs on the I/O thread without a hand-off.
@NonBlocking
@Path("/v1/expertise-centres")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "expertise-centres", description = "Recognised expertise centres for rare diseases: the public finder")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "503", ref = "NomenclatureUnavailable")
@Extension(name = ContractFilter.ANSWERS_IN_LANGUAGE, value = "true")
public class ExpertiseCentreResource {

    @Inject
    PublicRepresentations representations;

    @Inject
    RegisterReadModel readModel;

    @Inject
    FinderParameters parameters;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage requestLanguage;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(operationId = "findExpertiseCentres", summary = "Find recognised expertise centres",
            description = "Search by condition - an ORPHAcode (orphaCode) or text in Dutch or English (q, with the "
                    + "semantics of /conditions: synonyms, typos, word order) - or list all centres. Hierarchy-aware: "
                    + "a centre recognised for a group is found for every condition inside it, and a search for a "
                    + "group also finds centres recognised for conditions inside it. Exact matches first, then "
                    + "broader, then narrower; each centre says which of its recognised conditions matched and how. An "
                    + "inactive code is searched as its replacement. Only published, currently valid "
                    + "recognitions count.")
    @APIResponse(responseCode = "200", description = "A page of centres",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExpertiseCentreList.class)))
    public Response find(
            @Parameter(description = "An ORPHAcode: ORPHA:558, orpha:558 or 558. Not together with q.",
                    example = "ORPHA:558")
            @QueryParam("orphaCode") String orphaCode,
            @Parameter(description = "Condition name, synonym or code, in Dutch or English. Not together "
                    + "with orphaCode.", example = "syndroom van marfan") @QueryParam("q") String q,
            @Parameter(description = "Only members of this European Reference Network (its code).", example = "vascern")
            @QueryParam("ern") String ern,
            @Parameter(description = "Only centres at this institution (its id).")
            @QueryParam("institution") String institution,
            @Parameter(description = "Only centres with an institution in this city.", example = "Rotterdam")
            @QueryParam("city") String city,
            @Parameter(description = "Only centres with an institution in this province.", example = "Zuid-Holland")
            @QueryParam("province") String province,
            @Parameter(description = "Order the centres by distance from this point instead of by relevance: "
                    + "latitude,longitude in decimal degrees (WGS 84) with a dot, at most six decimals. Each centre "
                    + "counts from its nearest institution; centres at the same distance keep their relevance order, "
                    + "centres without coordinates come last.",
                    example = "52.0907,5.1214",
                    schema = @Schema(type = SchemaType.STRING, pattern = Proximity.PATTERN, maxLength = 23))
            @QueryParam("near") String near,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize,
            @Context HttpServerRequest http) {
        PageRequest paging = PageRequest.of(page, pageSize);
        Language language = requestLanguage.get();
        RegisterSnapshot register = readModel.current();
        FinderQuery query = parameters.query(register, orphaCode, q, ern, institution, city, province);
        Optional<Proximity.Point> from = Proximity.parse("near", near);
        LocalDate today = ClockProducer.today(clock);
        return representations.ok(http, register.version() + "-" + today, language, () -> {
            DayView day = register.on(today);
            RegisterMapper mapper = new RegisterMapper(register, day, language);
            if (from.isPresent()) {
                // distance order needs every centre found, not the finder's top-K page
                FinderResult all = CentreFinder.findAll(register, day, query, language);
                List<CentreHit> nearest = Proximity.order(all.hits(), from.get(), register::institution);
                return new ExpertiseCentreList(all.conditions().stream().map(mapper::searched).toList(),
                        paging.slice(nearest).stream().map(hit -> mapper.summary(hit, json)).toList(),
                        Paging.of(paging, nearest.size()),
                        mapper.conditions().attribution());
            }
            FinderResult result = CentreFinder.find(register, day, query, language, paging.offset(), paging.pageSize());
            return new ExpertiseCentreList(result.conditions().stream().map(mapper::searched).toList(),
                    result.hits().stream().map(hit -> mapper.summary(hit, json)).toList(),
                    Paging.of(paging, result.total()),
                    mapper.conditions().attribution());
        });
    }

    @GET
    @Path("/{centreId}")
    @Operation(operationId = "getExpertiseCentre", summary = "Get one recognised expertise centre",
            description = "Institutions, the conditions the centre is recognised for today (with validity), current "
                    + "ERN memberships and contact details. A centre without a published, currently valid "
                    + "recognition is not public.")
    @APIResponse(responseCode = "200", description = "The centre",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExpertiseCentreDetails.class)))
    public Response get(@Parameter(description = "Centre id", example = "3f2b8c1e-6d4a-4c9b-9e7f-0a1b2c3d4e5f")
            @PathParam("centreId") String centreId,
            @Context HttpServerRequest http) {
        UUID id = Identifiers.uuid("centreId", centreId);
        Language language = requestLanguage.get();
        RegisterSnapshot register = readModel.current();
        LocalDate today = ClockProducer.today(clock);
        DayView day = register.on(today);
        if (!day.isVisible(id)) {
            throw new CentreNotFoundException(id);
        }
        return representations.ok(http, register.version() + "-" + today, language,
                () -> new RegisterMapper(register, day, language).details(register.centre(id).orElseThrow()));
    }
}
