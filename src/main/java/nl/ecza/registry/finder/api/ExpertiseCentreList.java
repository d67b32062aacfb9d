package nl.ecza.registry.finder.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.paging.Paging;
import nl.ecza.registry.nomenclature.api.Attribution;

/** One page of finder results. */
@Schema(description = "One page of expertise centres, best match first.")
public record ExpertiseCentreList(
        @Schema(description = "The conditions searched for (empty when listing).", required = true)
        List<SearchedCondition> searchedConditions,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = ExpertiseCentreSummary.class)
        List<EncodedCentreSummary> items,
        @Schema(required = true) Paging paging,
        @Schema(required = true) Attribution attribution) {
}
