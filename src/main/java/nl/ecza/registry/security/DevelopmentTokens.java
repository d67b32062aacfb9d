package nl.ecza.registry.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Tokens signed with the development key pair in {@code dev-keys/}: for the local run and the tests only.
 * The key is public knowledge, so the production profile refuses to verify with it ({@link ProductionKeyGuard}).
 */
public final class DevelopmentTokens {

    public static final String ISSUER = "https://ecza.localhost/development-issuer";
    /** The audience the local and test profiles expect (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "ecza-registry";
    public static final String SIGNING_KEY = "dev-keys/development-signing-key.pem";
    public static final String VERIFICATION_KEY = "dev-keys/development-verification-key.pem";

    private DevelopmentTokens() {
    }

    /** A token for {@code subject} with these roles, acting for these institutions (registry or ROR ids). */
    public static String mint(String subject, Set<String> roles, Collection<String> institutions, Duration lifetime) {
        var claims = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject)
                .claim("preferred_username", subject).groups(roles).expiresIn(lifetime);
        if (!institutions.isEmpty()) {
            claims.claim("institutions", List.copyOf(institutions));
        }
        return claims.jws().keyId("ecza-development").sign(signingKey());
    }

    static String resource(String name) {
        try (InputStream in = DevelopmentTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** The development signing key (also for tests that forge tokens the registry must refuse). */
    public static PrivateKey signingKey() {
        try {
            return KeyUtils.decodePrivateKey(resource(SIGNING_KEY));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the development signing key is unreadable", e);
        }
    }
}
