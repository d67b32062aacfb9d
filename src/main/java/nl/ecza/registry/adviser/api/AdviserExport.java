package nl.ecza.registry.adviser.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.finder.api.SearchedCondition;
import nl.ecza.registry.nomenclature.api.Attribution;

/** A whole adviser search as rows, unpaged: what the CSV export holds, as JSON. */
@Schema(description = "A whole adviser search, unpaged, one row per centre and matching recognition (the CSV export "
        + "as JSON).")
public record AdviserExport(
        @Schema(description = "The day the register was read.", required = true) LocalDate date,
        @Schema(required = true) List<SearchedCondition> conditions,
        @Schema(required = true) List<ConditionComparison.Row> rows,
        @Schema(required = true) Attribution attribution) {
}
