package nl.ecza.registry.round.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The phases of a recognition round, in order; staff move a round forward one phase at a time. */
public enum RoundState {
    PLANNED("planned"),
    OPEN("open"),
    CLOSED_FOR_APPLICATIONS("closedForApplications"),
    IN_ASSESSMENT("inAssessment"),
    DECIDED("decided"),
    PUBLISHED("published");

    private final String apiValue;

    RoundState(String apiValue) {
        this.apiValue = apiValue;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }

    /** The one phase that may follow this one, or null after publication. */
    public RoundState next() {
        return this == PUBLISHED ? null : values()[ordinal() + 1];
    }

    /** Phase order: a round moves forward one phase at a time, never back and never skipping one. */
    public boolean mayMoveTo(RoundState target) {
        return target != null && target == next();
    }
}
