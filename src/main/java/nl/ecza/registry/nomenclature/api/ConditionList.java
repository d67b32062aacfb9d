package nl.ecza.registry.nomenclature.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.paging.Paging;

/** One page of conditions. */
@Schema(description = "One page of conditions, best match first when searching.")
public record ConditionList(
        @Schema(required = true) List<ConditionSummary> items,
        @Schema(required = true) Paging paging,
        @Schema(required = true) Attribution attribution) {
}
