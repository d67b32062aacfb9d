package nl.ecza.registry.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.institution.model.Institution;

/**
 * Who is calling, as far as the registry cares: an actor name for the audit trail, roles, and for hospitals
 * the institutions the token says they act for (registry ids or ROR ids, so an identity provider can use
 * either).
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    RegistryConfig config;

    private Set<UUID> institutions;

    /** The token's subject, with its preferred user name when it has one: "sub (name)". */
    public String actor() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String subject = token.getSubject() == null ? identity.getPrincipal().getName() : token.getSubject();
        String name = token.getClaim("preferred_username");
        return name == null || name.equals(subject) ? subject : subject + " (" + name + ")";
    }

    /**
     * What this caller may do - roles and institutions - as one stable text. An Idempotency-Key answer is replayed only
     * to a caller with the same authority: two tokens with one subject but other institutions never share answers.
     */
    public String authority() {
        return roles() + " " + new TreeSet<>(institutions());
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Staff see every institution's applications; hospitals only their own. */
    public boolean isStaff() {
        return Roles.STAFF.stream().anyMatch(identity::hasRole);
    }

    public boolean actsFor(UUID institutionId) {
        return hasRole(Roles.HOSPITAL) && institutions().contains(institutionId);
    }

    /** May read this institution's applications: staff, or a hospital acting for it. */
    public boolean maySee(UUID institutionId) {
        return isStaff() || actsFor(institutionId);
    }

    public Set<UUID> institutions() {
        if (institutions == null) {
            institutions = resolve(claimValues());
        }
        return institutions;
    }

    private List<String> claimValues() {
        if (identity.isAnonymous()) {
            return List.of();
        }
        Object claim = token.getClaim(config.security().institutionClaim());
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(v -> values.add(unquote(String.valueOf(v))));
        } else if (claim != null) {
            values.add(unquote(String.valueOf(claim)));
        }
        return values;
    }

    private static String unquote(String value) {
        // JSON-P string values print with their quotes
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static Set<UUID> resolve(List<String> values) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException notAUuid) {
                Institution byRor = Institution.<Institution>find("rorId", value).firstResult();
                if (byRor != null) {
                    ids.add(byRor.id);
                }
            }
        }
        return Set.copyOf(ids);
    }
}
