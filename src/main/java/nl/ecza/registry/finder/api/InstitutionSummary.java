package nl.ecza.registry.finder.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.institution.model.InstitutionType;

/** An institution in a list. */
@Schema(description = "A Dutch care institution.")
public record InstitutionSummary(
        @Schema(required = true) UUID id,
        @Schema(description = "Research Organization Registry id.", nullable = true, examples = "05xvt9f17")
        String rorId,
        @Schema(required = true, examples = "Erasmus MC") String name,
        @Schema(nullable = true) String acronym,
        @Schema(required = true, examples = "Rotterdam") String city,
        @Schema(required = true, examples = "Zuid-Holland") String province,
        @Schema(required = true) InstitutionType type,
        @Schema(description = "Publicly visible recognised centres at this institution (leading or partner).",
                required = true)
        int centreCount) {
}
