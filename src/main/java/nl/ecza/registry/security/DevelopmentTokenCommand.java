package nl.ecza.registry.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar quarkus-run.jar dev-token --role hospital --institution 05xvt9f17}: prints a development
 * token for trying the API locally. Runs without starting the service or a database.
 */
public final class DevelopmentTokenCommand {

    public static final String NAME = "dev-token";

    private DevelopmentTokenCommand() {
    }

    public static int run(String... args) {
        Set<String> roles = new LinkedHashSet<>();
        List<String> institutions = new ArrayList<>();
        String subject = null;
        Duration lifetime = Duration.ofHours(8);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--role" -> roles.add(value);
                case "--institution" -> institutions.add(value);
                case "--subject" -> subject = value;
                case "--hours" -> lifetime = Duration.ofHours(Long.parseLong(value));
                default -> {
                    return usage("unknown argument " + args[i]);
                }
            }
            if (value == null) {
                return usage(args[i] + " needs a value");
            }
            i++;
        }
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            return usage("give one or more --role of " + Roles.ALL);
        }
        if (roles.contains(Roles.HOSPITAL) && institutions.isEmpty()) {
            return usage("a hospital token needs --institution (registry id or ROR id)");
        }
        String name = subject != null ? subject : "dev-" + String.join("-", roles);
        System.out.println(DevelopmentTokens.mint(name, roles, institutions, lifetime));
        return 0;
    }

    private static int usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: dev-token --role <" + String.join("|", Roles.ALL)
                + "> [--role ...] [--institution <id or ROR id> ...] [--subject <name>] [--hours <n>]");
        return 2;
    }
}
