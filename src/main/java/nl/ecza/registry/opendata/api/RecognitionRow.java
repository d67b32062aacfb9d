package nl.ecza.registry.opendata.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One published recognition: which centre, at which institution, for which condition, since and until when. */
@Schema(description = "One published recognition of a centre for a condition.")
public record RecognitionRow(
        @Schema(description = "The leading institution.", required = true) String institution,
        @Schema(required = true) UUID institutionId,
        @Schema(description = "Centre name in the language of Accept-Language.", required = true) String centre,
        @Schema(required = true) UUID centreId,
        @Schema(description = "Dutch name of the condition (English where Orphanet has no Dutch name).",
                required = true) String condition,
        @Schema(required = true) String conditionEn,
        @Schema(required = true, examples = "558") int orphaCode,
        @Schema(description = "The round that decided it.", required = true) int roundYear,
        @Schema(required = true) LocalDate decisionDate,
        @Schema(description = "Start of the unbroken run of recognitions this one belongs to.", required = true)
        LocalDate recognisedSince,
        @Schema(required = true) LocalDate validFrom,
        @Schema(description = "First day it no longer holds.", required = true) LocalDate validUntil,
        @Schema(description = "pending, active, expired or withdrawn, as of today.", required = true) String status,
        @Schema(description = "Acronyms of the networks the centre is a member of today.", required = true)
        List<String> networks) {
}
