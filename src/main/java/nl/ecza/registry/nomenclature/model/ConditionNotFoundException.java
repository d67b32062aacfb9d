package nl.ecza.registry.nomenclature.model;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/** A well-formed ORPHAcode that the loaded Orphanet nomenclature does not know. */
public final class ConditionNotFoundException extends RegistryException {

    public ConditionNotFoundException(int orphaCode, String dataVersion) {
        super(LocalizedText.of(
                "ORPHA:%d komt niet voor in de Orphanet-nomenclatuur (versie %s).".formatted(orphaCode, dataVersion),
                "ORPHA:%d is not in the Orphanet nomenclature (version %s).".formatted(orphaCode, dataVersion)));
    }
}
