package nl.ecza.registry.ern.model;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** No European Reference Network has this code. */
public final class ErnNotFoundException extends RegistryException {

    public ErnNotFoundException(String code) {
        super(LocalizedText.of("Er is geen Europees referentienetwerk met code '%s'.".formatted(code),
                "There is no European Reference Network with code '%s'.".formatted(code)));
    }
}
