package nl.ecza.registry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ecza.registry.platform.config.ProductionSafety;

/**
 * The production profile's refusals, on the configuration as the jar reads it before Quarkus boots: no database
 * URL, no token key, the development key. (scripts/check-production-refusals.sh runs the packaged jar the same way.)
 */
class ProductionSafetyTest {

    private static final List<String> SET = List.of("ECZA_DB_URL", "ECZA_JWT_PUBLIC_KEY_LOCATION", "ECZA_JWT_AUDIENCE");

    @AfterEach
    void clear() {
        SET.forEach(System::clearProperty);
    }

    private static void set(Map<String, String> values) {
        values.forEach(System::setProperty);
    }

    @Test
    void shouldRefuseWithoutDatabaseAndKeyNamingWhatToSet() {
        List<String> refusals = ProductionSafety.beforeBoot("prod", true);
        assertEquals(3, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains("ECZA_DB_URL"), refusals.get(0));
        assertTrue(refusals.get(1).contains("ECZA_JWT_PUBLIC_KEY_LOCATION"), refusals.get(1));
        assertTrue(refusals.get(2).contains("ECZA_JWT_AUDIENCE"), refusals.get(2));
    }

    @Test
    void shouldRefuseTheDevelopmentKey() {
        set(Map.of("ECZA_DB_URL", "jdbc:postgresql://db:5432/ecza", "ECZA_JWT_PUBLIC_KEY_LOCATION",
                "dev-keys/development-verification-key.pem", "ECZA_JWT_AUDIENCE", "ecza-registry"));
        List<String> refusals = ProductionSafety.beforeBoot("prod", true);
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains("development key"), refusals.get(0));
    }

    @Test
    void shouldStartWithADatabaseAndTheIdentityProvidersKey(@TempDir Path dir) throws IOException {
        Path key = Files.writeString(dir.resolve("idp.pem"),
                "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq\n"
                        + "-----END PUBLIC KEY-----\n");
        set(Map.of("ECZA_DB_URL", "jdbc:postgresql://db:5432/ecza", "ECZA_JWT_PUBLIC_KEY_LOCATION", key.toString(),
                "ECZA_JWT_AUDIENCE", "ecza-registry"));
        assertEquals(List.of(), ProductionSafety.beforeBoot("prod", true));
        // the import job needs the database, not the token key
        System.clearProperty("ECZA_JWT_PUBLIC_KEY_LOCATION");
        assertEquals(List.of(), ProductionSafety.beforeBoot("prod", false));
    }

    @Test
    void shouldRefuseTokensWithoutAnExpectedAudience(@TempDir Path dir) throws IOException {
        Path key = Files.writeString(dir.resolve("idp.pem"),
                "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq\n"
                        + "-----END PUBLIC KEY-----\n");
        set(Map.of("ECZA_DB_URL", "jdbc:postgresql://db:5432/ecza", "ECZA_JWT_PUBLIC_KEY_LOCATION", key.toString()));
        List<String> refusals = ProductionSafety.beforeBoot("prod", true);
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains("ECZA_JWT_AUDIENCE"), refusals.get(0));
    }

    @Test
    void shouldNeverAllowTheDemoRegisterInProduction() {
        assertTrue(ProductionSafety.refusals(Optional.of("jdbc:postgresql://db/ecza"), Optional.of("https://idp/jwks"),
                Optional.empty(), Optional.of("ecza-registry"), true, true).get(0).contains("demo"));
    }
}
