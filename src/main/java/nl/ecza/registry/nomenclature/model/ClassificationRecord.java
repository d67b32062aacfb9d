package nl.ecza.registry.nomenclature.model;

/** A classification as stored: names in both languages where the pack has them. */
public record ClassificationRecord(int id, Integer orphaNumber, String nameEn, String nameNl, int headCode) {
}
