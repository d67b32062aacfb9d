package nl.ecza.registry.adviser.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.ecza.registry.adviser.api.AdviserCentreList;
import nl.ecza.registry.adviser.api.AdviserExport;
import nl.ecza.registry.adviser.api.ConditionComparison;
import nl.ecza.registry.adviser.service.AdviserCsv;
import nl.ecza.registry.adviser.service.AdviserSearch;
import nl.ecza.registry.common.csv.CsvTable;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.RequestLanguage;
import nl.ecza.registry.common.openapi.ContractFilter;
import nl.ecza.registry.common.paging.PageRequest;
import nl.ecza.registry.common.paging.Paging;
import nl.ecza.registry.common.validation.WholeNumbers;
import nl.ecza.registry.nomenclature.model.OrphaCodes;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.register.readmodel.DayView;
import nl.ecza.registry.register.readmodel.RegisterReadModel;
import nl.ecza.registry.register.readmodel.RegisterSnapshot;
import nl.ecza.registry.finder.rest.FinderParameters;
import nl.ecza.registry.finder.search.FinderQuery;
import nl.ecza.registry.finder.search.FinderResult;
import nl.ecza.registry.security.Roles;

/**
 * For insurer care advisers: the finder's search with validity, history, ERN roles and every institution; the
 * centres whose recognition expires soon; all centres for one condition side by side; exports as CSV and JSON.
 */
@Path("/v1/adviser")
@Tag(name = "adviser", description = "For insurer care advisers (role adviser)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADVISER)
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "503", ref = "NomenclatureUnavailable")
@Extension(name = ContractFilter.ANSWERS_IN_LANGUAGE, value = "true")
public class AdviserResource {

    /** Enough for five years of recognitions. */
    static final int MAX_EXPIRY_MONTHS = 60;

    @Inject
    RegisterReadModel readModel;

    @Inject
    FinderParameters parameters;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage requestLanguage;

    @GET
    @Path("/expertise-centres")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchCentresForAdvice", summary = "Search centres with what an adviser needs",
            description = "The public finder's search (text, synonyms, typos, ORPHAcode, hierarchy with explanation, "
                    + "filters), each centre with validity and history per condition, ERN membership types and all "
                    + "institutions with the contact for professionals. expiringWithinMonths keeps centres whose "
                    + "(matching) recognition ends within that many months and is not yet renewed.")
    @APIResponse(responseCode = "200", description = "A page of centres",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdviserCentreList.class)))
    public Response search(@Parameter(ref = "finderOrphaCode") @QueryParam("orphaCode") String orphaCode,
            @Parameter(ref = "finderQ") @QueryParam("q") String q,
            @Parameter(ref = "finderErn") @QueryParam("ern") String ern,
            @Parameter(ref = "finderInstitution") @QueryParam("institution") String institution,
            @Parameter(ref = "finderCity") @QueryParam("city") String city,
            @Parameter(ref = "finderProvince") @QueryParam("province") String province,
            @Parameter(ref = "expiringWithinMonths") @QueryParam("expiringWithinMonths") String expiringWithinMonths,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize) {
        PageRequest paging = PageRequest.of(page, pageSize);
        Search s = search(orphaCode, q, ern, institution, city, province, expiringWithinMonths);
        return privately(Response.ok(new AdviserCentreList(s.result.conditions().stream()
                .map(s.search.mapper()::searched).toList(),
                paging.slice(s.result.hits()).stream().map(s.search::centre).toList(),
                Paging.of(paging, s.result.hits().size()), s.search.mapper().conditions().attribution())), s.language);
    }

    @GET
    @Path("/conditions/{orphaCode}/expertise-centres")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.TEXT_CSV_NAME})
    @Operation(operationId = "compareCentresForCondition", summary = "All centres for one condition, side by side",
            description = "One row per centre: how it matches (exact, via a broader group, via a narrower condition), "
                    + "recognised since and until, where, ERN roles, contact for professionals. Accept: text/csv gives "
                    + "the same as a spreadsheet (UTF-8 with BOM, semicolons, a header row).")
    @APIResponse(responseCode = "200", description = "The centres", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConditionComparison.class)),
            @Content(mediaType = CsvTable.TEXT_CSV_NAME, schema = @Schema(type = SchemaType.STRING))})
    public Response compare(@Parameter(ref = "orphaCode") @PathParam("orphaCode") String orphaCode,
            @Context HttpHeaders headers) {
        // The path names one condition: a blank or malformed one is refused here, not read as "no condition".
        OrphaCodes.parse("orphaCode", orphaCode);
        Search s = search(orphaCode, null, null, null, null, null, null);
        List<ConditionComparison.Row> rows = s.result.hits().stream().map(s.search::best).toList();
        if (CsvTable.wanted(headers)) {
            return csv(AdviserCsv.of(rows, s.language),
                    "ecza-centra-ORPHA-" + s.result.conditions().get(0).orphaCode(), s.language);
        }
        return privately(Response.ok(new ConditionComparison(s.search.mapper()
                .searched(s.result.conditions().get(0)), rows,
                s.search.mapper().conditions().attribution())), s.language);
    }

    @GET
    @Path("/exports/expertise-centres")
    @Produces({CsvTable.TEXT_CSV_NAME, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportCentresForAdvice", summary = "Export an adviser search",
            description = "The whole search (same parameters as /adviser/expertise-centres, no paging), one row per "
                    + "centre and matching recognition - or per current recognition without a condition. text/csv (the "
                    + "default: UTF-8 with BOM, semicolons, a header row; opens in Dutch Excel) or application/json.")
    @APIResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = CsvTable.TEXT_CSV_NAME, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdviserExport.class))})
    public Response export(@Parameter(ref = "finderOrphaCode") @QueryParam("orphaCode") String orphaCode,
            @Parameter(ref = "finderQ") @QueryParam("q") String q,
            @Parameter(ref = "finderErn") @QueryParam("ern") String ern,
            @Parameter(ref = "finderInstitution") @QueryParam("institution") String institution,
            @Parameter(ref = "finderCity") @QueryParam("city") String city,
            @Parameter(ref = "finderProvince") @QueryParam("province") String province,
            @Parameter(ref = "expiringWithinMonths") @QueryParam("expiringWithinMonths") String expiringWithinMonths,
            @Context HttpHeaders headers) {
        Search s = search(orphaCode, q, ern, institution, city, province, expiringWithinMonths);
        List<ConditionComparison.Row> rows = s.result.hits().stream()
                .flatMap(hit -> s.search.rows(hit).stream()).toList();
        if (CsvTable.wanted(headers, true)) {
            return csv(AdviserCsv.of(rows, s.language), "ecza-advies-" + s.day.date(), s.language);
        }
        return privately(Response.ok(new AdviserExport(s.day.date(),
                s.result.conditions().stream().map(s.search.mapper()::searched).toList(),
                rows, s.search.mapper().conditions().attribution())), s.language);
    }

    private record Search(RegisterSnapshot register, DayView day, Language language, AdviserSearch search,
            FinderResult result) {
    }

    private Search search(String orphaCode, String q, String ern, String institution, String city, String province,
            String expiring) {
        Integer months = months(expiring);
        Language language = requestLanguage.get();
        RegisterSnapshot register = readModel.current();
        FinderQuery query = parameters.query(register, orphaCode, q, ern, institution, city, province);
        LocalDate today = ClockProducer.today(clock);
        DayView day = register.on(today);
        AdviserSearch search = new AdviserSearch(register, day, language);
        return new Search(register, day, language, search, search.find(query, months));
    }

    private static Integer months(String text) {
        OptionalLong months = WholeNumbers.parse("expiringWithinMonths", text, 1, MAX_EXPIRY_MONTHS);
        return months.isPresent() ? (int) months.getAsLong() : null;
    }

    /** Answers to a signed-in adviser are not for shared caches. */
    private static CacheControl privateCache() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return cache;
    }

    private static Response privately(Response.ResponseBuilder builder, Language language) {
        return builder.type(MediaType.APPLICATION_JSON_TYPE).cacheControl(privateCache())
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code()).build();
    }

    private static Response csv(byte[] body, String name, Language language) {
        return Response.ok(body, CsvTable.TEXT_CSV).cacheControl(privateCache())
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header("Content-Disposition", CsvTable.attachment(name)).build();
    }
}
