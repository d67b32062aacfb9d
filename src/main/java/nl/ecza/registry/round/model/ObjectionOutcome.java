package nl.ecza.registry.round.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome of an objection (bezwaar): upheld (the refusal is overturned) or rejected. */
public enum ObjectionOutcome {
    UPHELD("upheld"),
    REJECTED("rejected");

    private final String apiValue;

    ObjectionOutcome(String apiValue) {
        this.apiValue = apiValue;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }
}
