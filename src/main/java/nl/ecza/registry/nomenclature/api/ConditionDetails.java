package nl.ecza.registry.nomenclature.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionStatus;

/** Everything the registry knows about one Orphanet entity. */
@Schema(description = "An Orphanet entity (group of disorders, disorder or subtype), active or inactive.")
public record ConditionDetails(
        @Schema(required = true, examples = "ORPHA:558") String id,
        @Schema(required = true, examples = "558") int orphaCode,
        @Schema(description = "Preferred term in the language of Accept-Language (English where no Dutch term exists).",
                required = true, examples = "Syndroom van Marfan") String name,
        @Schema(required = true) Names names,
        @Schema(required = true) Synonyms synonyms,
        @Schema(required = true) ClassificationLevel classificationLevel,
        @Schema(nullable = true) Typology typology,
        @Schema(required = true) ConditionStatus status,
        @Schema(description = "Orphanet's numeric status flag.", required = true, examples = "1") int flagValue,
        @Schema(description = "For an inactive entity: the one to use instead.", nullable = true)
        Replacement replacement,
        @Schema(description = "The disorder to report on (EU data sharing); absent for groups.", nullable = true)
        ConditionReference aggregationLevel,
        @Schema(description = "Direct parents over all Orphanet classifications.", required = true)
        List<ConditionReference> parents,
        @Schema(description = "Direct children over all Orphanet classifications.", required = true)
        List<ConditionReference> children,
        @Schema(description = "ICD-10 codes Orphanet aligns with this condition (disorders of the pack's Master file).",
                required = true)
        List<IcdCrossReference> icd10,
        @Schema(description = "ICD-11 (MMS) codes Orphanet aligns with this condition (disorders of the pack's "
                + "Master file).", required = true) List<IcdCrossReference> icd11,
        @Schema(required = true) Attribution attribution) {
}
