package nl.ecza.registry.nomenclature.model;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** No imported nomenclature release has this id. */
public final class ReleaseNotFoundException extends RegistryException {

    public ReleaseNotFoundException(long releaseId) {
        super(LocalizedText.of("Er is geen nomenclatuurversie met id %d.".formatted(releaseId),
                "There is no nomenclature release with id %d.".formatted(releaseId)));
    }
}
