package nl.ecza.registry.nomenclature.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Orphanet CC BY 4.0 attribution and the data version, carried by every response that serves nomenclature data. */
@Schema(description = "Orphanet attribution (CC BY 4.0) and the version of the data served.")
public record Attribution(
        @Schema(description = "The citation Orphanet asks for.", required = true) String text,
        @Schema(required = true, examples = "CC BY 4.0") String licence,
        @Schema(required = true, examples = "https://creativecommons.org/licenses/by/4.0/") String licenceUrl,
        @Schema(description = "Orphanet data version of the pack.", required = true,
                examples = "1.3.42 / 4.1.8 [2025-03-03]")
        String dataVersion,
        @Schema(required = true, examples = "2025-06-24") LocalDate extractionDate,
        @Schema(description = "What the registry changed, as CC BY 4.0 requires.", required = true) String changes) {
}
