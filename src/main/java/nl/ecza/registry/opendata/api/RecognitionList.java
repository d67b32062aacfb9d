package nl.ecza.registry.opendata.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.api.Attribution;

/** Open data: a complete list of published recognitions (not paged: it is a dataset to download). */
@Schema(description = "A complete list of published recognitions, with the Orphanet attribution and data version.")
public record RecognitionList(
        @Schema(description = "The day the list describes.", required = true) LocalDate date,
        @Schema(description = "The round, for a yearly published list; null for the register.", nullable = true)
        Integer roundYear,
        @Schema(required = true) List<RecognitionRow> items,
        @Schema(required = true) int total,
        @Schema(required = true) Attribution attribution) {
}
