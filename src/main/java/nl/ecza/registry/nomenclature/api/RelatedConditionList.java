package nl.ecza.registry.nomenclature.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.paging.Paging;

/** One page of a condition's ancestors or descendants, nearest first. */
@Schema(description = "One page of a condition's ancestors or descendants, nearest first.")
public record RelatedConditionList(
        @Schema(description = "The condition asked about.", required = true) ConditionReference condition,
        @Schema(required = true) List<RelatedCondition> items,
        @Schema(required = true) Paging paging,
        @Schema(required = true) Attribution attribution) {
}
