package nl.ecza.registry.nomenclature.rest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import nl.ecza.registry.common.paging.PageRequest;
import nl.ecza.registry.common.validation.WholeNumbers;
import nl.ecza.registry.common.paging.Paging;
import nl.ecza.registry.nomenclature.api.ReleaseDetails;
import nl.ecza.registry.nomenclature.api.ReleaseList;
import nl.ecza.registry.nomenclature.api.ReleaseSummary;
import nl.ecza.registry.nomenclature.model.NomenclatureRelease;
import nl.ecza.registry.nomenclature.model.ReleaseNotFoundException;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;

/** Which Orphanet packs were imported, when, and what each changed. */
@Path("/v1/nomenclature-releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "nomenclature-releases", description = "Imported Orphanet nomenclature packs and what they changed")
@APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
public class NomenclatureReleaseResource {

    @Inject
    NomenclatureReadModel readModel;

    @GET
    @Operation(operationId = "listNomenclatureReleases", summary = "List imported nomenclature releases, newest first",
            description = "Every Orphanet pack import that changed the nomenclature, with its data version, extraction "
                    + "date and size. The current release is the one the condition endpoints serve.")
    @APIResponse(responseCode = "200", description = "A page of releases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReleaseList.class)))
    public ReleaseList list(@Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize) {
        PageRequest paging = PageRequest.of(page, pageSize);
        long total = NomenclatureRelease.count();
        List<NomenclatureRelease> releases = NomenclatureRelease.findAll(Sort.descending("id"))
                .page(Page.of(paging.page() - 1, paging.pageSize())).list();
        return new ReleaseList(releases.stream().map(this::summary).toList(), Paging.of(paging, total));
    }

    @GET
    @Path("/{releaseId}")
    @Operation(operationId = "getNomenclatureRelease", summary = "Get one release with its summary of changes",
            description = "Counts per classification level and status, and the ORPHAcodes added, renamed, newly "
                    + "inactive, reactivated or otherwise changed compared with the previous release.")
    @APIResponse(responseCode = "200", description = "The release",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReleaseDetails.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReleaseDetails get(
            @Parameter(description = "Release id", example = "1", schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("releaseId") String releaseIdText) {
        long releaseId = releaseId(releaseIdText);
        NomenclatureRelease r = NomenclatureRelease.<NomenclatureRelease>findByIdOptional(releaseId)
                .orElseThrow(() -> new ReleaseNotFoundException(releaseId));
        List<ReleaseDetails.Count> counts = r.counts.stream()
                .map(c -> new ReleaseDetails.Count(c.level(), c.status(), c.count()))
                .sorted(Comparator.comparing(ReleaseDetails.Count::classificationLevel)
                        .thenComparing(ReleaseDetails.Count::status))
                .toList();
        return new ReleaseDetails(r.id, r.dataVersion, r.extractionDate, languages(r), r.importedAt, r.source,
                r.contentSha256, r.entityCount, r.edgeCount, r.closureCount, isCurrent(r), counts,
                new ReleaseDetails.Changes(codes(r, NomenclatureRelease.Change.ADDED),
                        codes(r, NomenclatureRelease.Change.RENAMED),
                        codes(r, NomenclatureRelease.Change.NEWLY_INACTIVE),
                        codes(r, NomenclatureRelease.Change.REACTIVATED),
                        codes(r, NomenclatureRelease.Change.OTHERWISE_CHANGED)));
    }

    private static long releaseId(String text) {
        return WholeNumbers.parse("releaseId", text, 1, Long.MAX_VALUE).orElseThrow();
    }

    private ReleaseSummary summary(NomenclatureRelease r) {
        return new ReleaseSummary(r.id, r.dataVersion, r.extractionDate, languages(r), r.importedAt,
                r.entityCount, r.edgeCount, r.closureCount, isCurrent(r));
    }

    /** "Current" is the release the public read model serves. */
    private boolean isCurrent(NomenclatureRelease r) {
        return readModel.loaded().map(s -> s.release().id() == r.id).orElse(false);
    }

    private static List<String> languages(NomenclatureRelease r) {
        return Arrays.asList(r.languages.split(","));
    }

    private static List<Integer> codes(NomenclatureRelease r, NomenclatureRelease.Change change) {
        return r.changes.stream().filter(c -> c.change() == change).map(NomenclatureRelease.CodeChange::orphaCode)
                .sorted().toList();
    }
}
