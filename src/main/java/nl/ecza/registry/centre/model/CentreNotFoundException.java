package nl.ecza.registry.centre.model;

import java.util.UUID;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** No (publicly visible) expertise centre has this id. */
public final class CentreNotFoundException extends RegistryException {

    public CentreNotFoundException(UUID id) {
        super(LocalizedText.of("Er is geen erkend expertisecentrum met id %s.".formatted(id),
                "There is no recognised expertise centre with id %s.".formatted(id)));
    }
}
