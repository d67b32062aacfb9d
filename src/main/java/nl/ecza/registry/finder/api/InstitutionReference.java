package nl.ecza.registry.finder.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.institution.model.InstitutionType;

/** A short mention of an institution. */
@Schema(description = "An institution, in short.")
public record InstitutionReference(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Erasmus MC") String name,
        @Schema(required = true, examples = "Rotterdam") String city,
        @Schema(required = true, examples = "Zuid-Holland") String province,
        @Schema(required = true) InstitutionType type) {
}
