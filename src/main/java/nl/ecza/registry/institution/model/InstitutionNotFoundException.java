package nl.ecza.registry.institution.model;

import java.util.UUID;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** No institution has this id. */
public final class InstitutionNotFoundException extends RegistryException {

    public InstitutionNotFoundException(UUID id) {
        super(LocalizedText.of("Er is geen instelling met id %s.".formatted(id),
                "There is no institution with id %s.".formatted(id)));
    }
}
