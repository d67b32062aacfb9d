package nl.ecza.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production profile's refusal to verify tokens with no key or with the development key everyone has. */
class ProductionKeyGuardTest {

    @Test
    void shouldRefuseToRunWithoutAVerificationKey() {
        assertTrue(ProductionKeyGuard.refusal(Optional.empty(), Optional.empty()).orElseThrow()
                .contains("ECZA_JWT_PUBLIC_KEY_LOCATION"));
    }

    @Test
    void shouldRefuseTheDevelopmentKeyByLocationByCopyAndInline(@TempDir Path dir) throws IOException {
        String pem = DevelopmentTokens.resource(DevelopmentTokens.VERIFICATION_KEY);
        Path copy = Files.writeString(dir.resolve("idp.pem"), pem);
        assertTrue(ProductionKeyGuard.refusal(Optional.of(DevelopmentTokens.VERIFICATION_KEY), Optional.empty())
                .isPresent());
        assertTrue(ProductionKeyGuard.refusal(Optional.of(copy.toString()), Optional.empty()).orElseThrow()
                .contains("development key"));
        assertTrue(ProductionKeyGuard.refusal(Optional.empty(), Optional.of(pem)).isPresent());
    }

    @Test
    void shouldAcceptAnIdentityProvidersKey(@TempDir Path dir) throws IOException {
        Path other = Files.writeString(dir.resolve("idp.pem"),
                "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq\n"
                        + "-----END PUBLIC KEY-----\n");
        assertEquals(Optional.empty(), ProductionKeyGuard.refusal(Optional.of(other.toString()), Optional.empty()));
        assertEquals(Optional.empty(), ProductionKeyGuard.refusal(
                Optional.of("https://login.example.org/realms/ecza/protocol/openid-connect/certs"), Optional.empty()));
    }
}
