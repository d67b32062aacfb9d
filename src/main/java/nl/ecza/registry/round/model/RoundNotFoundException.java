package nl.ecza.registry.round.model;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** No recognition round for that year. */
public final class RoundNotFoundException extends RegistryException {
    public RoundNotFoundException(int year) {
        super(LocalizedText.of("Er is geen erkenningsronde %d.".formatted(year),
                "There is no recognition round %d.".formatted(year)));
    }
}
