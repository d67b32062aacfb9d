package nl.ecza.registry.ern.model;

import java.time.LocalDate;
import java.util.UUID;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** In the Netherlands only recognised centres may be ERN members. */
public final class MembershipWithoutRecognitionException extends RegistryException {

    public MembershipWithoutRecognitionException(UUID centreId, String ernCode, LocalDate day) {
        super(LocalizedText.of(
                ("Het centrum %s heeft op %s geen geldige erkenning en kan daarom geen lid worden van ERN %s: "
                        + "in Nederland kunnen ").formatted(centreId, day, ernCode)
                        + "alleen erkende expertisecentra lid zijn.",
                ("Centre %s has no valid recognition on %s and so cannot become a member of ERN %s: "
                        + "in the Netherlands only ").formatted(centreId, day, ernCode)
                        + "recognised expertise centres may be members."));
    }
}
