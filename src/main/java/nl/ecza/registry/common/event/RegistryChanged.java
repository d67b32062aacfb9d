package nl.ecza.registry.common.event;

/**
 * Fired inside a transaction that changed centres, recognitions, institutions or memberships; the public
 * read model rebuilds after that transaction commits.
 */
public record RegistryChanged() {
}
