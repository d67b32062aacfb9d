package nl.ecza.registry.nomenclature.api;


import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.ecza.registry.nomenclature.model.ReplacementType;

/** The active entity to use instead of an inactive one, and how Orphanet relates them. */
@Schema(description = "The active entity to use instead of an inactive one.")
public record Replacement(
        @Schema(required = true, examples = "ORPHA:79189") String id,
        @Schema(required = true, examples = "79189") int orphaCode,
        @Schema(required = true) String name,
        @Schema(description = "movedTo: a deprecated entity now part of this one; referredTo: an obsolete entity, for "
                + "which this one is suggested.", required = true) ReplacementType association) {
}
