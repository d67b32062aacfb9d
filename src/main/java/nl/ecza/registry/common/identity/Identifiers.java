package nl.ecza.registry.common.identity;

import java.util.UUID;

import nl.ecza.registry.common.problem.InvalidParametersException;

/** Reads UUIDs from paths and parameters, with a field-level problem instead of a framework 404. */
public final class Identifiers {

    private Identifiers() {
    }

    public static UUID uuid(String parameter, String text) {
        try {
            if (text != null && text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw InvalidParametersException.of(parameter, "moet een UUID zijn, zoals 3f2b8c1e-6d4a-4c9b-9e7f-0a1b2c3d4e5f",
                "must be a UUID, such as 3f2b8c1e-6d4a-4c9b-9e7f-0a1b2c3d4e5f");
    }
}
