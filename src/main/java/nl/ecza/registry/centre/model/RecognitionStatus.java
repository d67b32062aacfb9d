package nl.ecza.registry.centre.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonValue;

/** The status of a recognition on a given day. */
public enum RecognitionStatus {
    /** Decided but its validity has not started yet. */
    PENDING("pending"),
    ACTIVE("active"),
    EXPIRED("expired"),
    WITHDRAWN("withdrawn");

    private final String apiValue;

    RecognitionStatus(String apiValue) {
        this.apiValue = apiValue;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }

    public static RecognitionStatus of(LocalDate validFrom, LocalDate validUntil, LocalDate withdrawnOn,
            LocalDate day) {
        if (withdrawnOn != null && !day.isBefore(withdrawnOn)) {
            return WITHDRAWN;
        }
        if (day.isBefore(validFrom)) {
            return PENDING;
        }
        return day.isBefore(validUntil) ? ACTIVE : EXPIRED;
    }
}
