package nl.ecza.registry.platform.config;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import nl.ecza.registry.security.ProductionKeyGuard;

/**
 * The production profile refuses to start half-configured: without a database URL, without a key to verify
 * tokens or the audience they must carry, or with the development key that ships in the jar. It says what to set,
 * before anything else runs.
 */
@ApplicationScoped
public class ProductionSafety {

    private static final Logger LOG = Logger.getLogger(ProductionSafety.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> databaseUrl;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audience;

    @ConfigProperty(name = "ecza.demo.enabled")
    boolean demo;

    void check(@Observes @Priority(0) StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.getProfiles().contains("prod")) {
            List<String> refusals = refusals(present(databaseUrl), present(keyLocation), present(inlineKey),
                    present(audience), demo, true);
            if (!refusals.isEmpty()) {
                refusals.forEach(r -> LOG.error("Refusing to start: " + r));
                throw new IllegalStateException("The production profile refuses to start: "
                        + String.join(" ", refusals));
            }
        }
    }

    /**
     * The same check before Quarkus boots, on the configuration as Quarkus will see it (system properties,
     * environment, .env, config/application.properties, the packaged application.properties): a missing database
     * otherwise surfaces as a datasource error deep in Hibernate's start. Returns the refusals; empty to go on.
     */
    public static List<String> beforeBoot(String profile, boolean needsTokens) {
        SmallRyeConfig config;
        try {
            var builder = new SmallRyeConfigBuilder().withProfile(profile).addDefaultInterceptors().addDefaultSources();
            URL packaged = ProductionSafety.class.getClassLoader().getResource("application.properties");
            if (packaged != null) {
                builder.withSources(new PropertiesConfigSource(packaged, 250));
            }
            Path local = Path.of("config", "application.properties");
            if (Files.isRegularFile(local)) {
                builder.withSources(new PropertiesConfigSource(local.toUri().toURL(), 260));
            }
            config = builder.build();
        } catch (IOException | RuntimeException unreadable) {
            return List.of();   // Quarkus itself will report what it cannot read
        }
        return refusals(present(config.getOptionalValue("quarkus.datasource.jdbc.url", String.class)),
                present(config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)),
                present(config.getOptionalValue("mp.jwt.verify.publickey", String.class)),
                present(config.getOptionalValue("mp.jwt.verify.audiences", String.class)),
                config.getOptionalValue("ecza.demo.enabled", Boolean.class).orElse(false), needsTokens);
    }

    /** Everything wrong with this production configuration; empty when it may start. */
    public static List<String> refusals(Optional<String> databaseUrl, Optional<String> keyLocation,
            Optional<String> inlineKey, Optional<String> audience, boolean demo, boolean verifiesTokens) {
        List<String> refusals = new ArrayList<>();
        if (databaseUrl.isEmpty()) {
            refusals.add("No database: set ECZA_DB_URL (a JDBC URL such as jdbc:postgresql://db:5432/ecza), "
                    + "ECZA_DB_USERNAME and ECZA_DB_PASSWORD.");
        }
        if (verifiesTokens) {
            ProductionKeyGuard.refusal(keyLocation, inlineKey).ifPresent(refusals::add);
            // Without an expected audience, a token the identity provider issued for another application would do.
            if (audience.isEmpty()) {
                refusals.add("No token audience: set ECZA_JWT_AUDIENCE to the audience (aud) the identity provider "
                        + "puts in the registry's tokens, so tokens issued for other applications are refused.");
            }
        }
        if (demo) {
            refusals.add("The fictional demo register is switched on (ecza.demo.enabled); it never belongs "
                    + "in production.");
        }
        return refusals;
    }

    private static Optional<String> present(Optional<String> value) {
        // smallrye-jwt's own word for "not set"
        return value.filter(v -> !v.isBlank() && !v.equals("NONE"));
    }
}
