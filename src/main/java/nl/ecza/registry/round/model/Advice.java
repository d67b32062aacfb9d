package nl.ecza.registry.round.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The assessment's advice on one requested condition. */
public enum Advice {
    POSITIVE("positive"),
    NEGATIVE("negative");

    private final String apiValue;

    Advice(String apiValue) {
        this.apiValue = apiValue;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }
}
