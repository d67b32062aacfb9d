package nl.ecza.registry.round.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.round.model.Advice;
import nl.ecza.registry.round.model.DecisionOutcome;
import nl.ecza.registry.round.model.ObjectionOutcome;

/** One requested condition and what became of it. */
@Schema(description = "A requested condition with its advice, decision and objection, as far as they exist.")
public record RequestedConditionView(
        @Schema(required = true, examples = "558") int orphaCode,
        @Schema(description = "Preferred name in the language of Accept-Language.", required = true) String name,
        @Schema(nullable = true) String carePathway,
        @Schema(nullable = true) Integer yearlyPatients,
        @Schema(description = "Null until advised.", nullable = true) AdviceView advice,
        @Schema(description = "Null until decided.", nullable = true) DecisionView decision,
        @Schema(description = "Null unless an objection was lodged.", nullable = true) ObjectionView objection) {

    @Schema(description = "The assessment's advice.")
    public record AdviceView(@Schema(required = true) Advice outcome, @Schema(nullable = true) String reason,
            @Schema(required = true) OffsetDateTime advisedAt) {
    }

    @Schema(description = "The decision. A recognition is valid five years from validFrom (the decision date, or the "
            + "end of the recognition it renews).")
    public record DecisionView(@Schema(required = true) DecisionOutcome outcome,
            @Schema(required = true) LocalDate decisionDate,
            @Schema(nullable = true) String reason,
            @Schema(description = "The recognition it created; null for a refusal.", nullable = true)
            UUID recognitionId,
            @Schema(description = "Null for a refusal.", nullable = true) LocalDate validFrom,
            @Schema(description = "Null for a refusal.", nullable = true) LocalDate validUntil,
            @Schema(description = "Last day on which an objection is accepted (Europe/Amsterdam), fixed when the "
                    + "decision is taken: at least six weeks after the decision date.",
                    required = true) LocalDate objectionClosesOn) {
    }

    @Schema(description = "An objection (bezwaar) against a refusal, and its outcome once decided.")
    public record ObjectionView(@Schema(required = true) OffsetDateTime lodgedAt,
            @Schema(required = true) String reason,
            @Schema(description = "Null until decided.", nullable = true) ObjectionOutcome outcome,
            @Schema(description = "Null until decided.", nullable = true) LocalDate decidedOn,
            @Schema(nullable = true) String outcomeReason) {
    }
}
