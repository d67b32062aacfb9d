package nl.ecza.registry.support;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import nl.ecza.registry.security.DevelopmentTokens;
import nl.ecza.registry.security.Roles;

/** Bearer tokens for tests, signed with the development key the test profile verifies with. */
public final class Tokens {

    private Tokens() {
    }

    /** A hospital user acting for these institutions (ROR ids or registry ids). */
    public static String hospital(String... institutions) {
        return mint("hospital-" + String.join("-", institutions), Set.of(Roles.HOSPITAL), List.of(institutions));
    }

    public static String role(String role) {
        return mint("test-" + role, Set.of(role), List.of());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String mint(String subject, Set<String> roles, List<String> institutions) {
        return DevelopmentTokens.mint(subject, roles, institutions, Duration.ofHours(1));
    }
}
