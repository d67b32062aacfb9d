package nl.ecza.registry.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The production profile must verify tokens with the identity provider's key, never with the development key
 * that ships in the jar (anyone could sign with it). {@code platform.config.ProductionSafety} refuses to
 * start otherwise, saying what to configure.
 */
public final class ProductionKeyGuard {

    private ProductionKeyGuard() {
    }

    /** Why this key configuration is unfit for production, if it is. */
    public static Optional<String> refusal(Optional<String> location, Optional<String> inline) {
        if (location.isEmpty() && inline.isEmpty()) {
            return Optional.of("No JWT verification key: set ECZA_JWT_PUBLIC_KEY_LOCATION to the identity provider's "
                    + "JWKS URL or a PEM file, and ECZA_JWT_ISSUER (README, Production database).");
        }
        String developmentKey = normalise(DevelopmentTokens.resource(DevelopmentTokens.VERIFICATION_KEY));
        boolean development = inline.map(k -> normalise(k).equals(developmentKey)).orElse(false)
                || location.map(l -> l.contains(DevelopmentTokens.VERIFICATION_KEY)
                        || developmentKey.equals(normalise(read(l))))
                        .orElse(false);
        return development
                ? Optional.of("The JWT verification key is the development key shipped in the jar, which anyone can "
                        + "sign with; configure the identity provider's key (ECZA_JWT_PUBLIC_KEY_LOCATION).")
                : Optional.empty();
    }

    private static String read(String location) {
        String file = location.startsWith("file:") ? location.substring(5) : location;
        try {
            return location.contains("://") && !location.startsWith("file:") ? "" : Files.readString(Path.of(file));
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static String normalise(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
