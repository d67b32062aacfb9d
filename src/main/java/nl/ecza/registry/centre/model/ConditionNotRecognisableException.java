package nl.ecza.registry.centre.model;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;
import nl.ecza.registry.nomenclature.model.ConditionRecord;

/** A recognition asked for a condition that is inactive (or unknown): only active ORPHAcodes can be recognised. */
public final class ConditionNotRecognisableException extends RegistryException {

    public ConditionNotRecognisableException(int orphaCode, ConditionRecord condition) {
        super(condition == null
                ? LocalizedText.of("ORPHA:%d komt niet voor in de Orphanet-nomenclatuur.".formatted(orphaCode),
                        "ORPHA:%d is not in the Orphanet nomenclature.".formatted(orphaCode))
                : LocalizedText.of("ORPHA:%d (%s) is niet meer actief (%s) en kan niet worden erkend%s."
                                .formatted(orphaCode, condition.name(Language.NL), condition.status().apiValue(),
                                        condition.replacementCode() == null ? ""
                                                : "; gebruik ORPHA:" + condition.replacementCode()),
                        "ORPHA:%d (%s) is inactive (%s) and cannot be recognised%s."
                                .formatted(orphaCode, condition.nameEn(), condition.status().apiValue(),
                                        condition.replacementCode() == null ? ""
                                                : "; use ORPHA:" + condition.replacementCode())));
    }
}
