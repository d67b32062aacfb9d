package nl.ecza.registry.security;

import java.util.UUID;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** A hospital user acting for an institution that its token does not name. */
public final class NotRepresentedException extends RegistryException {
    public NotRepresentedException(UUID institutionId) {
        super(LocalizedText.of("Uw token handelt niet namens instelling %s.".formatted(institutionId),
                "Your token does not act for institution %s.".formatted(institutionId)));
    }
}
