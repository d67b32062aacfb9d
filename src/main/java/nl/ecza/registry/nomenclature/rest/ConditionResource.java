package nl.ecza.registry.nomenclature.rest;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

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

import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;

import nl.ecza.registry.common.http.PublicRepresentations;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.RequestLanguage;
import nl.ecza.registry.common.openapi.ContractFilter;
import nl.ecza.registry.common.paging.PageRequest;
import nl.ecza.registry.common.paging.Paging;
import nl.ecza.registry.nomenclature.api.ConditionDetails;
import nl.ecza.registry.nomenclature.api.ConditionList;
import nl.ecza.registry.nomenclature.api.RelatedConditionList;
import nl.ecza.registry.nomenclature.mapping.ConditionMapper;
import nl.ecza.registry.nomenclature.model.ConditionNotFoundException;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.IcdMapping;
import nl.ecza.registry.nomenclature.model.OrphaCodes;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureSnapshot;
import nl.ecza.registry.nomenclature.search.ConditionSearchIndex;

/** Public, anonymous read access to the Orphanet nomenclature, served from the in-memory read model. */
// Served from the in-memory read model: nothing here blocks, so it runs on the I/O thread without a hand-off.
@NonBlocking
@Path("/v1/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conditions", description = "Orphanet rare-disease nomenclature: search, details and hierarchy")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "503", ref = "NomenclatureUnavailable")
@Extension(name = ContractFilter.ANSWERS_IN_LANGUAGE, value = "true")
public class ConditionResource {

    private static final int MAX_QUERY_LENGTH = 200;

    @Inject
    PublicRepresentations representations;

    @Inject
    NomenclatureReadModel readModel;

    @Inject
    RequestLanguage requestLanguage;

    @GET
    @Operation(operationId = "listConditions", summary = "Search or list conditions",
            description = "Without q: all Orphanet entities in ORPHAcode order. With q: search on preferred terms and "
                    + "synonyms in Dutch and English (case, accents and word order do not matter; British and American "
                    + "spellings and Dutch c/k variants are the same; typos are tolerated) or on an ORPHAcode. Results "
                    + "come as: ORPHAcode, exact name, prefix (autocomplete), fuzzy; active before inactive within "
                    + "each, then names that begin with the typed text before names that merely contain its words. "
                    + "Every hit says how it matched. An ICD-10 or ICD-11 code (any case) finds the conditions "
                    + "Orphanet aligns with it, exact alignments first; an unknown code with a dot finds nothing.")
    @APIResponse(responseCode = "200", description = "A page of conditions",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConditionList.class)))
    public Response list(
            @Parameter(description = "Search text, ORPHAcode (ORPHA:558, orpha:558 or 558) or ICD-10/ICD-11 code "
                    + "(Q87.4, LD28.01).", example = "marfan")
            @QueryParam("q") String q,
            @Parameter(description = "Only entities with this status.",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"active", "deprecated", "obsolete", "nonRareInEurope"}))
            @QueryParam("status") String status,
            @Parameter(description = "Only entities at this classification level.",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"groupOfDisorders", "disorder", "subtypeOfDisorder"}))
            @QueryParam("classificationLevel") String classificationLevel,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize,
            @Context HttpServerRequest http) {
        PageRequest paging = PageRequest.of(page, pageSize);
        Predicate<ConditionRecord> filter = ConditionFilters.of(status, classificationLevel);
        String query = ConditionFilters.query(q, MAX_QUERY_LENGTH);
        Language language = requestLanguage.get();
        NomenclatureSnapshot snapshot = readModel.current();
        return representations.ok(http, snapshot.version(), language, () -> {
            ConditionMapper mapper = new ConditionMapper(snapshot, language);
            if (query == null) {
                List<ConditionRecord> all = snapshot.conditions().stream().filter(filter).toList();
                return new ConditionList(paging.slice(all).stream().map(c -> mapper.summary(c, null)).toList(),
                        Paging.of(paging, all.size()), mapper.attribution());
            }
            var icd = snapshot.icd().find(query);
            if (icd.isPresent()) {
                List<IcdMapping> found = icd.get().stream()
                        .filter(m -> filter.test(snapshot.condition(m.orphaCode()).orElseThrow())).toList();
                return new ConditionList(paging.slice(found).stream()
                        .map(m -> mapper.summaryByIcd(snapshot.condition(m.orphaCode()).orElseThrow(), m)).toList(),
                        Paging.of(paging, found.size()), mapper.attribution());
            }
            // Without a filter every match counts: the total then needs no lookup per matching condition.
            IntPredicate accept = status == null && classificationLevel == null ? code -> true
                    : code -> filter.test(snapshot.condition(code).orElseThrow());
            ConditionSearchIndex.Page found = snapshot.searchIndex().search(query, accept, paging.offset(),
                    paging.pageSize());
            return new ConditionList(found.hits().stream()
                    .map(h -> mapper.summary(snapshot.condition(h.orphaCode()).orElseThrow(), h)).toList(),
                    Paging.of(paging, found.total()), mapper.attribution());
        });
    }

    @GET
    @Path("/{orphaCode}")
    @Operation(operationId = "getCondition", summary = "Get one condition",
            description = "Names (nl, en), synonyms, level, typology, status, the replacement of an inactive code, the "
                    + "aggregation level, and parents and children over all Orphanet classifications.")
    @APIResponse(responseCode = "200", description = "The condition",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConditionDetails.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(ref = "orphaCode") @PathParam("orphaCode") String orphaCode,
            @Context HttpServerRequest http) {
        Language language = requestLanguage.get();
        NomenclatureSnapshot snapshot = readModel.current();
        ConditionRecord condition = find(snapshot, orphaCode);
        return representations.ok(http, snapshot.version(), language,
                () -> new ConditionMapper(snapshot, language).details(condition));
    }

    @GET
    @Path("/{orphaCode}/ancestors")
    @Operation(operationId = "listConditionAncestors", summary = "List the broader conditions of a condition",
            description = "All groups above the condition in any Orphanet classification, nearest first.")
    @APIResponse(responseCode = "200", description = "A page of ancestors",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RelatedConditionList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response ancestors(@Parameter(ref = "orphaCode") @PathParam("orphaCode") String orphaCode,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize,
            @Context HttpServerRequest http) {
        return related(orphaCode, page, pageSize, http, true);
    }

    @GET
    @Path("/{orphaCode}/descendants")
    @Operation(operationId = "listConditionDescendants", summary = "List the narrower conditions of a condition",
            description = "All conditions below the condition in any Orphanet classification, nearest first.")
    @APIResponse(responseCode = "200", description = "A page of descendants",
            headers = {@Header(ref = "ETag"), @Header(ref = "Cache-Control"), @Header(ref = "Content-Language")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RelatedConditionList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response descendants(@Parameter(ref = "orphaCode") @PathParam("orphaCode") String orphaCode,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize,
            @Context HttpServerRequest http) {
        return related(orphaCode, page, pageSize, http, false);
    }

    private Response related(String orphaCode, String page, String pageSize, HttpServerRequest http,
            boolean ancestors) {
        PageRequest paging = PageRequest.of(page, pageSize);
        Language language = requestLanguage.get();
        NomenclatureSnapshot snapshot = readModel.current();
        ConditionRecord condition = find(snapshot, orphaCode);
        return representations.ok(http, snapshot.version(), language, () -> {
            ConditionMapper mapper = new ConditionMapper(snapshot, language);
            List<NomenclatureSnapshot.Relative> all = ancestors ? snapshot.ancestors(condition.orphaCode())
                    : snapshot.descendants(condition.orphaCode());
            return new RelatedConditionList(mapper.reference(condition.orphaCode()),
                    paging.slice(all).stream().map(mapper::related).toList(), Paging.of(paging, all.size()),
                    mapper.attribution());
        });
    }

    private static ConditionRecord find(NomenclatureSnapshot snapshot, String orphaCode) {
        int code = OrphaCodes.parse("orphaCode", orphaCode);
        return snapshot.condition(code)
                .orElseThrow(() -> new ConditionNotFoundException(code, snapshot.release().dataVersion()));
    }
}
