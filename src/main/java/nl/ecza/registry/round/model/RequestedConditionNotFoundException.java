package nl.ecza.registry.round.model;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** The application does not ask recognition for that condition. */
public final class RequestedConditionNotFoundException extends RegistryException {
    public RequestedConditionNotFoundException(int orphaCode) {
        super(LocalizedText.of("De aanvraag vraagt geen erkenning voor ORPHA:%d.".formatted(orphaCode),
                "The application does not request recognition for ORPHA:%d.".formatted(orphaCode)));
    }
}
