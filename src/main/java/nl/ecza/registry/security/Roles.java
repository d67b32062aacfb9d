package nl.ecza.registry.security;

import java.util.Set;

/** The roles a bearer token carries in its {@code groups} claim. Public reads need none. */
public final class Roles {

    /** Acts for one or more institutions named in the token (claim {@code institutions}): applies, objects. */
    public static final String HOSPITAL = "hospital";
    /** The round secretariat: runs rounds, records advice, publishes, maintains the register. */
    public static final String SECRETARIAT = "secretariat";
    /** The deciding official: decides per condition and on objections. */
    public static final String DECISION_MAKER = "decision-maker";
    /** Insurer care advisers. */
    public static final String ADVISER = "adviser";
    /** Technical administrators: what the secretariat may do, for corrections and imports. */
    public static final String ADMIN = "admin";

    public static final Set<String> STAFF = Set.of(SECRETARIAT, DECISION_MAKER, ADMIN);
    public static final Set<String> ALL = Set.of(HOSPITAL, SECRETARIAT, DECISION_MAKER, ADVISER, ADMIN);

    private Roles() {
    }
}
