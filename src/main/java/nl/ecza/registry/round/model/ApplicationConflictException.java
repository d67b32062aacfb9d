package nl.ecza.registry.round.model;

import java.time.Instant;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** The application's state or the round's deadline does not allow the change. */
public final class ApplicationConflictException extends RegistryException {

    private ApplicationConflictException(LocalizedText detail) {
        super(detail);
    }

    public static ApplicationConflictException state(ApplicationState state, String neededNl, String neededEn) {
        return new ApplicationConflictException(LocalizedText.of(
                "De aanvraag is %s; dit kan alleen %s.".formatted(dutch(state), neededNl),
                "The application is %s; this is only possible %s.".formatted(state.apiValue(), neededEn)));
    }

    /** Names the deadline in Amsterdam time: the institution must see exactly when it closed. */
    public static ApplicationConflictException deadlinePassed(int year, Instant deadline) {
        return new ApplicationConflictException(LocalizedText.of(
                "De aanvraagtermijn van de ronde %d is gesloten: aanvragen konden worden ingediend tot %s."
                        .formatted(year, AmsterdamTime.nl(deadline)),
                "The application period of round %d has closed: applications were accepted until %s."
                        .formatted(year, AmsterdamTime.en(deadline))));
    }

    private static String dutch(ApplicationState state) {
        return switch (state) {
            case DRAFT -> "een concept";
            case SUBMITTED -> "ingediend";
            case WITHDRAWN -> "ingetrokken";
        };
    }
}
