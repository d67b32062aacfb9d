package nl.ecza.registry.round.model;

import java.util.UUID;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** No such application in that round, or none the caller may see: another institution's looks the same. */
public final class ApplicationNotFoundException extends RegistryException {
    public ApplicationNotFoundException(int year, UUID id) {
        super(LocalizedText.of("Er is geen aanvraag %s in de ronde %d.".formatted(id, year),
                "There is no application %s in round %d.".formatted(id, year)));
    }
}
