package nl.ecza.registry.register.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.round.api.ContactInput;

/** A centre entered by staff (history import or correction), outside a round. */
@Schema(description = "A new expertise centre, entered by staff.")
public record CentreInput(
        @Schema(required = true) @NotBlank @Size(max = 300) String nameNl,
        @Schema(required = true) @NotBlank @Size(max = 300) String nameEn,
        @Size(max = 5000) String descriptionNl,
        @Size(max = 5000) String descriptionEn,
        @Valid ContactInput patientContact,
        @Valid ContactInput professionalContact,
        @Schema(required = true) @NotNull UUID leadingInstitutionId,
        @Size(max = 20) List<@NotNull UUID> partnerInstitutionIds) {
}
