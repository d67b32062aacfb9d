package nl.ecza.registry.finder.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import nl.ecza.registry.nomenclature.api.ConditionReference;

/** Why a centre was found: one of its recognised conditions and how it relates to the condition searched for. */
@Schema(description = "A recognised condition of the centre that matches the search, and how.")
public record CentreConditionMatch(
        @Schema(required = true) ConditionReference recognisedCondition,
        @Schema(description = "exact: recognised for the condition searched for; broader: for a group it belongs to; "
                + "narrower: for a condition inside the group searched for.", required = true) Relation relation,
        @Schema(description = "Classification steps between the two conditions; 0 for exact.", required = true,
                examples = "0")
        int distance,
        @Schema(description = "The condition searched for that this match serves.", required = true)
        ConditionReference queryCondition,
        @Schema(description = "The recognition holds until this day (exclusive).", required = true)
        LocalDate validUntil,
        @Schema(description = "The match in one sentence, in the language of Accept-Language.", required = true)
        String explanation) {

    /** How the recognised condition relates to the one searched for. */
    public enum Relation {
        EXACT("exact"), BROADER("broader"), NARROWER("narrower");

        private final String value;

        Relation(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }
    }
}
