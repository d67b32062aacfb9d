package nl.ecza.registry.round.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How patients or professionals reach a centre. */
@Schema(description = "Phone, email and website; each optional.")
public record ContactInput(
        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()-]{6,40}$", message = "must be a phone number")
        @Schema(examples = "+31 71 526 9111", nullable = true) String phone,
        @Size(max = 200) @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be an email address")
        @Schema(examples = "expertisecentrum@example.org", nullable = true) String email,
        @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        @Schema(examples = "https://www.example.org/expertisecentrum", nullable = true) String website) {

    /** The contact stored as three columns; absent when none is set. */
    public static ContactInput of(String phone, String email, String website) {
        return phone == null && email == null && website == null ? null : new ContactInput(phone, email, website);
    }
}
