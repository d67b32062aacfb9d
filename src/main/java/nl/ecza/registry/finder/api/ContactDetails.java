package nl.ecza.registry.finder.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to reach a centre. */
@Schema(description = "How to reach the centre; any part may be absent.")
public record ContactDetails(
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String website) {
}
