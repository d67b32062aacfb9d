package nl.ecza.registry.ern.model;

import java.util.UUID;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** The centre is already a member of this network during (part of) the requested period. */
public final class MembershipOverlapException extends RegistryException {

    public MembershipOverlapException(UUID centreId, String ernCode) {
        super(LocalizedText.of("Het centrum %s is in die periode al lid van ERN %s.".formatted(centreId, ernCode),
                "Centre %s is already a member of ERN %s in that period.".formatted(centreId, ernCode)));
    }
}
