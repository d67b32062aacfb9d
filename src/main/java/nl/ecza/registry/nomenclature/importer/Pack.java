package nl.ecza.registry.nomenclature.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

import nl.ecza.registry.nomenclature.model.ClassificationRecord;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.EdgeRecord;
import nl.ecza.registry.nomenclature.model.IcdMapping;

/** A complete, cross-checked pack, ready to be compared with the database and written. */
public record Pack(
        String source,
        String contentSha256,
        String dataVersion,
        LocalDate extractionDate,
        List<String> languages,
        SortedMap<Integer, ConditionRecord> conditions,
        SortedMap<Integer, ClassificationRecord> classifications,
        Set<EdgeRecord> edges,
        /** The ICD-10 and ICD-11 alignments; null when the pack has no mapping file (those held stay as they are). */
        List<IcdMapping> icdMappings) {
}
