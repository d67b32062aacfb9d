package nl.ecza.registry.round.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The deciding official's decision on one requested condition. */
public enum DecisionOutcome {
    RECOGNISED("recognised"),
    NOT_RECOGNISED("notRecognised");

    private final String apiValue;

    DecisionOutcome(String apiValue) {
        this.apiValue = apiValue;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }
}
