package nl.ecza.registry.register.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.round.api.ContactInput;

/** Corrections to a centre (JSON merge patch: fields left out stay; a contact sent replaces the old one). */
@Schema(description = "Corrections to a centre; fields left out stay as they are.")
public record CentreChanges(
        @Size(min = 1, max = 300)
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String nameNl,
        @Size(min = 1, max = 300)
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String nameEn,
        @Size(max = 5000) String descriptionNl,
        @Size(max = 5000) String descriptionEn,
        @Valid ContactInput patientContact,
        @Valid ContactInput professionalContact) {
}
