package nl.ecza.registry.adviser.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.paging.Paging;
import nl.ecza.registry.finder.api.SearchedCondition;
import nl.ecza.registry.nomenclature.api.Attribution;

/** One page of an adviser search. */
@Schema(description = "One page of an adviser search, best match first.")
public record AdviserCentreList(
        @Schema(description = "The conditions searched for (empty when listing).", required = true)
        List<SearchedCondition> conditions,
        @Schema(required = true) List<AdviserCentre> items,
        @Schema(required = true) Paging paging,
        @Schema(required = true) Attribution attribution) {
}
