package nl.ecza.registry.finder.search;

import java.util.UUID;

/** A validated finder request: at most one of ORPHAcode and text, and optional filters. */
public record FinderQuery(Integer orphaCode, String text, String ernCode, UUID institutionId, String city,
        String province) {

    public boolean searchesConditions() {
        return orphaCode != null || text != null;
    }
}
