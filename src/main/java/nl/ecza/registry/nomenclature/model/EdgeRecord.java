package nl.ecza.registry.nomenclature.model;

/** A parent -> child link in one classification. */
public record EdgeRecord(int classificationId, int parentCode, int childCode) {
}
