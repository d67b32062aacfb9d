package nl.ecza.registry.round.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.round.model.RoundState;

/** A recognition round: its phase dates and where it stands. */
@Schema(description = "A yearly recognition round.")
public record RoundView(
        @Schema(required = true, examples = "2026") int year,
        @Schema(description = "planned, open, closedForApplications, inAssessment, decided, published.",
                required = true) RoundState state,
        @Schema(description = "Applications are accepted strictly before this moment: by default 1 April 00:00"
                + " Europe/Amsterdam, given in UTC.", required = true,
                examples = "2026-03-31T22:00:00Z") OffsetDateTime applicationDeadline,
        @Schema(description = "True while the round is open and the deadline has not passed.", required = true)
        boolean acceptingApplications,
        @Schema(required = true) LocalDate assessmentEnds,
        @Schema(required = true) LocalDate decisionsDue,
        @Schema(description = "Weeks after a decision within which an institution may object; at least 6 (Awb art. "
                + "6:7). Each decision keeps the window it was given (decision.objectionClosesOn).", required = true,
                examples = "6") int objectionWeeks,
        @Schema(description = "When the round's recognitions were published; null until then.", nullable = true)
        OffsetDateTime publishedAt) {
}
