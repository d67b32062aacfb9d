package nl.ecza.registry.nomenclature.model;

import java.util.List;
import java.util.Objects;

import nl.ecza.registry.common.language.Language;

/**
 * An Orphanet entity as the registry holds it: what the importer parses, what the database stores and what
 * the read model serves. Equality covers every field, so "did the entity change?" is {@code !a.equals(b)}.
 */
public record ConditionRecord(
        int orphaCode,
        Integer orphanetId,
        ClassificationLevel level,
        Integer typologyId,
        String typologyEn,
        String typologyNl,
        ConditionStatus status,
        int flagValue,
        String nameEn,
        String nameNl,
        List<String> synonymsEn,
        List<String> synonymsNl,
        Integer replacementCode,
        ReplacementType replacementType,
        Integer aggregationCode) {

    public ConditionRecord {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nameEn, "nameEn");
        synonymsEn = List.copyOf(synonymsEn);
        synonymsNl = List.copyOf(synonymsNl);
    }

    /** Dutch where Orphanet has a Dutch term, English otherwise. */
    public String name(Language language) {
        return language == Language.NL && nameNl != null ? nameNl : nameEn;
    }

    public boolean renamedComparedTo(ConditionRecord previous) {
        return !nameEn.equals(previous.nameEn) || !Objects.equals(nameNl, previous.nameNl);
    }
}
