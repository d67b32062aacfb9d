package nl.ecza.registry.round.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an application stands: a draft the institution edits, submitted before the deadline, or withdrawn. */
public enum ApplicationState {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    WITHDRAWN("withdrawn");

    private final String apiValue;

    ApplicationState(String apiValue) {
        this.apiValue = apiValue;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }
}
