package nl.ecza.registry.round.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.validation.RegistryDate;

import nl.ecza.registry.round.model.RecognitionRound;
import nl.ecza.registry.round.model.RoundState;

/**
 * Changes to a round (JSON merge patch: only the fields sent change). A new state must be the next phase;
 * "published" publishes the round's recognitions.
 */
@Schema(description = "Changes to a round; fields left out stay as they are. state moves the round to its next phase "
        + "(planned -> open -> closedForApplications -> inAssessment -> decided -> published); published makes the "
        + "round's recognitions public. applicationDeadline must lie in the future; while the round is open it can "
        + "only be extended.")
public record RoundChanges(
        RoundState state,
        @RegistryDate OffsetDateTime applicationDeadline,
        @RegistryDate LocalDate assessmentEnds,
        @RegistryDate LocalDate decisionsDue,
        @Schema(description = "At least 6, the statutory objection period (Awb art. 6:7). Applies to decisions taken "
                + "from now on; a decided condition keeps the objection window it was given.")
        @Min(RecognitionRound.STATUTORY_OBJECTION_WEEKS) @Max(26) Integer objectionWeeks) {
}
