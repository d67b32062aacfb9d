package nl.ecza.registry.nomenclature.model;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** The read model has not been loaded yet (first start still importing, or the database was never reached). */
public final class NomenclatureUnavailableException extends RegistryException {

    public NomenclatureUnavailableException() {
        super(LocalizedText.of("De Orphanet-nomenclatuur wordt nog geladen; probeer het zo opnieuw.",
                "The Orphanet nomenclature is still being loaded; try again shortly."));
    }
}
