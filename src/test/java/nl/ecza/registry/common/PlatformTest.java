package nl.ecza.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Behaviour every response shares: version header, problem details, health, the published contract. */
@QuarkusTest
class PlatformTest {

    @ParameterizedTest
    @ValueSource(strings = {"/v1/conditions/558", "/v1/conditions/0", "/v1/nowhere", "/q/health/ready",
        "/q/health/live", "/v1/openapi.json", "/v1/nomenclature-releases"})
    void shouldSendTheApiVersionOnEveryResponse(String path) {
        given().when().get(path).then().header("API-Version", "1.0.0");
    }

    @Test
    void shouldPublishTheContractToAnyOrigin() {
        given().header("Origin", "https://example.org").when().get("/v1/openapi.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("openapi", equalTo("3.0.3"))
                .body("info.version", equalTo("1.0.0"));
    }

    @Test
    void shouldAnswerAnUnknownPathWithAProblem() {
        given().header("Accept-Language", "en").when().get("/v1/nowhere").then().statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("type", equalTo("urn:nl:ecza:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("instance", equalTo("/v1/nowhere"));
    }

    @Test
    void shouldAnswerAnUnsupportedMethodWithAProblem() {
        given().when().delete("/v1/conditions/558").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:method-not-allowed"))
                .body("title", equalTo("Methode niet toegestaan"));
    }

    @Test
    void shouldAnswerAnUnavailableMediaTypeWithAProblem() {
        given().accept("text/csv").when().get("/v1/conditions/558").then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:not-acceptable"));
    }

    @Test
    void shouldRefuseAnOversizedBodyWithAProblem() {
        given().contentType("application/json").body("[" + "1,".repeat(600_000) + "1]").when()
                .post("/v1/conditions").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:payload-too-large"));
    }

    @Test
    void shouldBeReadyWithTheReadModelAndReportTheDatabaseApart() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("nomenclature", "register"))
                .body("checks.name", not(hasItems("database")))
                .body("checks.find { it.name == 'nomenclature' }.data.entities", equalTo(11_111));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }
}
