package nl.ecza.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.Postmaster;
import nl.ecza.registry.support.Tokens;

/**
 * The database goes away under the running service (docs/decisions/0015): the public finder answers from the read
 * model, database-backed calls get a 503 problem with Retry-After, liveness and readiness stay up, and the service
 * recovers by itself. How fast the 503 comes is measured by scripts/check-outage.sh, not asserted here.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String PROBLEM = "urn:nl:ecza:problem:database-unavailable";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldServePublicReadsAndRefuseDatabaseCallsWhileTheDatabaseIsKilledThenRecover() throws Exception {
        // the pool holds connections the kill will break
        given().get("/v1/nomenclature-releases").then().statusCode(200);
        Postmaster postmaster = Postmaster.of(jdbcUrl);
        postmaster.kill();
        try {
            publicReadsAnswerFromTheReadModel();
            for (int i = 0; i < 3; i++) {   // a connection the kill broke, then no connection at all: both a 503
                assertDatabaseUnavailable(given().header("Accept-Language", "en").get("/v1/nomenclature-releases"));
            }
            assertDatabaseUnavailable(newCentre("Storingstest"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.name", hasItems("nomenclature", "register"))
                    .body("checks.find { it.name == 'register' }.data.database", startsWith("unreachable since"));
            given().get("/q/health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
            assertTrue(given().get("/q/metrics").asString().contains("\necza_database_up 0.0"),
                    "ecza_database_up is 0");
        } finally {
            postmaster.restart();
        }
        // Back without a restart of the service: the pool drops the dead connections and makes new ones.
        assertEquals(201, eventually(() -> newCentre("Hersteltest")).statusCode());
        // Idle connections that died with the old server go within the background validation interval (5 s); the
        // test does not wait for it, so that the test classes after this one find a clean pool.
        dataSource.flush(AgroalDataSource.FlushMode.ALL);
        eventually(() -> given().get("/v1/nomenclature-releases"));
        for (int i = 0; i < 20; i++) {
            given().get("/v1/nomenclature-releases").then().statusCode(200);
        }
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
        assertTrue(given().get("/q/metrics").asString().contains("\necza_database_up 1.0"),
                "ecza_database_up is 1 again");
    }

    @Test
    void shouldFailFastWhileTheDatabaseHangs() throws Exception {
        given().get("/v1/nomenclature-releases").then().statusCode(200);
        Postmaster postmaster = Postmaster.of(jdbcUrl);
        postmaster.freeze();
        try {
            publicReadsAnswerFromTheReadModel();
            // A pooled connection waits for its reply at most the request network timeout, a new one for its login:
            // a 503 either way, where the reply would otherwise be awaited for as long as the server hangs.
            assertDatabaseUnavailable(given().get("/v1/nomenclature-releases"));
            assertDatabaseUnavailable(newCentre("Bevriezingstest"));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            postmaster.thaw();
        }
        assertEquals(200, eventually(() -> given().get("/v1/nomenclature-releases")).statusCode());
        dataSource.flush(AgroalDataSource.FlushMode.ALL);
        eventually(() -> given().get("/v1/nomenclature-releases"));
        for (int i = 0; i < 20; i++) {
            given().get("/v1/nomenclature-releases").then().statusCode(200);
        }
    }

    private static void publicReadsAnswerFromTheReadModel() {
        given().queryParam("pageSize", 10).get("/v1/expertise-centres").then().statusCode(200)
                .body("items", not(empty()));
        given().queryParam("q", "marfan").get("/v1/expertise-centres").then().statusCode(200);
        given().get("/v1/conditions/558").then().statusCode(200).body("orphaCode", equalTo(558));
        given().get("/v1/european-reference-networks").then().statusCode(200);
    }

    private static Response newCentre(String name) {
        return given().header("Authorization", Tokens.bearer(Tokens.role(Roles.SECRETARIAT)))
                .contentType(ContentType.JSON)
                .body(Map.of("nameNl", name + " (fictief)", "nameEn", name + " (fictitious)",
                        "leadingInstitutionId", "7944e6cd-d778-5c96-8c1d-957e1461b60f"))
                .post("/v1/register/expertise-centres");
    }

    private static void assertDatabaseUnavailable(Response response) {
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .header("API-Version", "1.0.0")
                .body("type", equalTo(PROBLEM))
                .body("status", equalTo(503));
    }

    /** The first calls after the database returns may still meet a connection that died with it (a 503): retry. */
    private static Response eventually(Supplier<Response> call) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        Response response = call.get();
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            response = call.get();
        }
        return response;
    }
}
