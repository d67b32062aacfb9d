package nl.ecza.registry.common.write;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.RegistryException;

/**
 * Optimistic locking over HTTP: every representation a client may change carries an ETag made of its version,
 * and every update must send it back in If-Match. Missing: 428; another version: 412 (someone changed it since).
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String current = etag(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            // If-Match uses strong comparison (RFC 9110 §13.1.1): a weak tag never matches.
            if (t.equals("*") || t.equals(current)) {
                return;
            }
        }
        throw new PreconditionFailedException(current);
    }

    /** An update without If-Match: the client must show which version it changes. */
    public static final class PreconditionRequiredException extends RegistryException {
        public PreconditionRequiredException() {
            super(LocalizedText.of("Stuur de ETag van de versie die u wijzigt mee in de header If-Match.",
                    "Send the ETag of the version you are changing in the If-Match header."));
        }
    }

    /** An update of a version that is no longer current. */
    public static final class PreconditionFailedException extends RegistryException {
        public PreconditionFailedException(String current) {
            super(LocalizedText.of(
                    "Iemand anders heeft dit intussen gewijzigd (de huidige versie is %s); haal het opnieuw op."
                            .formatted(current),
                    "Someone changed this in the meantime (the current version is %s); fetch it again."
                            .formatted(current)));
        }

        public PreconditionFailedException() {
            super(LocalizedText.of("Iemand anders heeft dit intussen gewijzigd; haal het opnieuw op.",
                    "Someone changed this in the meantime; fetch it again."));
        }
    }
}
