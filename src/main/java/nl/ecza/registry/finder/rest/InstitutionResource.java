package nl.ecza.registry.finder.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;

import nl.ecza.registry.common.geo.Crs;
import nl.ecza.registry.common.geo.GeoJsonPoint;
import nl.ecza.registry.common.http.PublicRepresentations;
import nl.ecza.registry.common.identity.Identifiers;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.RequestLanguage;
import nl.ecza.registry.common.openapi.ContractFilter;
import nl.ecza.registry.common.paging.PageRequest;
import nl.ecza.registry.common.paging.Paging;
import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.finder.mapping.RegisterMapper;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.RegisterReadModel;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.finder.search.CentreFinder;
import nl.ecza.registry.finder.api.InstitutionDetails;
import nl.ecza.registry.finder.api.InstitutionList;
import nl.ecza.registry.finder.api.InstitutionSummary;
import nl.ecza.registry.institution.model.InstitutionNotFoundException;
import nl.ecza.registry.institution.model.InstitutionType;

/** Dutch hospitals and other care institutions, with the recognised centres they take part in. */
// Served from the in-memory read model: nothing here blocks, so it runs on the I/O thread without a hand-off.
@NonBlocking
@Path("/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "institutions", description = "Dutch hospitals and other care institutions")
@APIResponse(responseCode = "304", ref = "NotModified")
@Extension(name = ContractFilter.ANSWERS_IN_LANGUAGE, value = "true")
public class InstitutionResource {

    @Inject
    PublicRepresentations representations;

    @Inject
    RegisterReadModel readModel;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage requestLanguage;

    @GET
    @Operation(operationId = "listInstitutions", summary = "List institutions",
            description = "All registered institutions by name, with the number of recognised centres each takes "
                    + "part in.")
    @APIResponse(responseCode = "200", description = "A page of institutions",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InstitutionList.class)))
    public Response list(
            @Parameter(description = "Part of the name or acronym, any case or accents.", example = "erasmus")
            @QueryParam("q") String q,
            @Parameter(description = "Only institutions in this city.", example = "Utrecht")
            @QueryParam("city") String city,
            @Parameter(description = "Only institutions in this province.", example = "Limburg")
            @QueryParam("province") String province,
            @Parameter(description = "Only institutions of this type.",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"umc", "general", "categorical", "other"}))
            @QueryParam("type") String type,
            @Parameter(description = "true: only institutions with a recognised centre.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("withCentres") String withCentres,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize,
            @Context HttpServerRequest http) {
        PageRequest paging = PageRequest.of(page, pageSize);
        Language language = requestLanguage.get();
        RegisterSnapshot register = readModel.current();
        LocalDate today = ClockProducer.today(clock);
        DayView day = register.on(today);
        Predicate<RegisterEntries.Institution> filter = filter(q, city, province, type, withCentres, day);
        return representations.ok(http, register.version() + "-" + today, language, () -> {
            List<RegisterEntries.Institution> all = register.institutions().stream().filter(filter).toList();
            return new InstitutionList(paging.slice(all).stream()
                    .map(i -> new InstitutionSummary(i.id(), i.rorId(), i.name(), i.acronym(), i.city(), i.province(),
                            i.type(), day.centresAt(i.id()).size())).toList(), Paging.of(paging, all.size()));
        });
    }

    @GET
    @Path("/{institutionId}")
    @Operation(operationId = "getInstitution", summary = "Get one institution with its centres",
            description = "The institution, its locations or departments, and the recognised centres it leads or takes "
                    + "part in. Its location is a GeoJSON Point in CRS84, the only coordinate reference system "
                    + "served (Content-Crs).")
    @APIResponse(responseCode = "200", description = "The institution",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language"),
                    @Header(ref = "Content-Crs")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InstitutionDetails.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Institution id") @PathParam("institutionId") String institutionId,
            @Parameter(ref = "crs") @QueryParam("crs") String crs,
            @Parameter(ref = "Accept-Crs") @HeaderParam("Accept-Crs") String acceptCrs,
            @Context UriInfo uri, @Context HttpServerRequest http) {
        UUID id = Identifiers.uuid("institutionId", institutionId);
        // the crs list shows a value-less ?crs; every Accept-Crs line counts, not the first only
        Crs.requireCrs84(uri.getQueryParameters().get("crs"), http.headers().getAll(Crs.ACCEPT_CRS));
        Language language = requestLanguage.get();
        RegisterSnapshot register = readModel.current();
        RegisterEntries.Institution i = register.institution(id)
                .orElseThrow(() -> new InstitutionNotFoundException(id));
        LocalDate today = ClockProducer.today(clock);
        return Crs.withContentCrs(representations.ok(http, register.version() + "-" + today, language, () -> {
            DayView day = register.on(today);
            RegisterMapper mapper = new RegisterMapper(register, day, language);
            List<RegisterEntries.Centre> centres = day.centres(language).stream()
                    .filter(c -> c.institutions().stream().anyMatch(p -> p.institutionId().equals(id))).toList();
            return new InstitutionDetails(i.id(), i.rorId(), i.name(), i.acronym(), i.city(), i.province(),
                    i.type(), i.website(), GeoJsonPoint.of(i.latitude(), i.longitude()), i.agbCode(),
                    i.partOfId() == null ? null : mapper.institution(i.partOfId()),
                    register.institutions().stream().filter(p -> id.equals(p.partOfId()))
                            .map(p -> mapper.institution(p.id())).toList(),
                    centres.stream().filter(c -> c.leadingInstitution().equals(id)).map(mapper::centre).toList(),
                    centres.stream().filter(c -> !c.leadingInstitution().equals(id)).map(mapper::centre).toList());
        }));
    }

    private static Predicate<RegisterEntries.Institution> filter(String q, String city, String province, String type,
            String withCentres, DayView day) {
        Predicate<RegisterEntries.Institution> filter = i -> true;
        if (q != null && !q.isBlank()) {
            String wanted = CentreFinder.fold(q);
            filter = filter.and(i -> CentreFinder.fold(i.name()).contains(wanted)
                    || (i.acronym() != null && CentreFinder.fold(i.acronym()).contains(wanted)));
        }
        if (city != null && !city.isBlank()) {
            filter = filter.and(i -> CentreFinder.fold(i.city()).equals(CentreFinder.fold(city)));
        }
        if (province != null && !province.isBlank()) {
            filter = filter.and(i -> CentreFinder.fold(i.province()).equals(CentreFinder.fold(province)));
        }
        if (type != null) {
            InstitutionType wanted = InstitutionType.fromApiValue(type);
            if (wanted == null) {
                throw InvalidParametersException.of("type", "moet umc, general, categorical of other zijn",
                        "must be umc, general, categorical or other");
            }
            filter = filter.and(i -> i.type() == wanted);
        }
        if (withCentres != null) {
            if (!withCentres.equals("true") && !withCentres.equals("false")) {
                throw InvalidParametersException.of("withCentres", "moet true of false zijn", "must be true or false");
            }
            boolean wanted = Boolean.parseBoolean(withCentres);
            filter = filter.and(i -> !day.centresAt(i.id()).isEmpty() == wanted);
        }
        return filter;
    }
}
