package nl.ecza.registry.nomenclature.model;

/** Ancestor -> descendant with the shortest distance between them; distance 0 is the entity itself. */
public record ClosureRecord(int ancestorCode, int descendantCode, int distance) {
}
