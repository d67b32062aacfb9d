package nl.ecza.registry.centre.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision to recognise a centre for one condition. Valid from {@code validFrom} for five years
 * unless {@code validUntil} (exclusive) says otherwise.
 */
public record NewRecognition(UUID centreId, int orphaCode, int roundYear, LocalDate decisionDate, LocalDate validFrom,
        LocalDate validUntil, boolean published) {

    public static final int VALIDITY_YEARS = 5;

    public LocalDate effectiveValidUntil() {
        return validUntil != null ? validUntil : validFrom.plusYears(VALIDITY_YEARS);
    }
}
