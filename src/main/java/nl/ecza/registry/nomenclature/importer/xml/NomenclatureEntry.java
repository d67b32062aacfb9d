package nl.ecza.registry.nomenclature.importer.xml;

import java.util.List;

import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionStatus;
import nl.ecza.registry.nomenclature.model.ReplacementType;

/** One Disorder element of an ORPHAnomenclature file; names and typology are in the file's language. */
public record NomenclatureEntry(
        int orphaCode,
        Integer orphanetId,
        ClassificationLevel level,
        Integer typologyId,
        String typologyName,
        ConditionStatus status,
        int flagValue,
        String name,
        List<String> synonyms,
        Integer replacementCode,
        ReplacementType replacementType,
        Integer aggregationCode,
        int line) {
}
