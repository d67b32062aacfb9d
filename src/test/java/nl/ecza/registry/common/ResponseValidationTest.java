package nl.ecza.registry.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.ecza.registry.support.ContractValidation;

/**
 * The response check every Quarkus test runs (support/ContractValidation): installed for REST Assured, and strict
 * about what it must catch - an undeclared status, media type or field, null where the contract does not allow it -
 * while it accepts null where the contract declares it and ignores requests and paths outside the contract.
 */
@QuarkusTest
class ResponseValidationTest {

    private static final OpenApiInteractionValidator VALIDATOR = ContractValidation.validator();

    @Test
    void shouldCheckEveryRestAssuredCall() {
        assertTrue(RestAssured.filters().stream()
                .anyMatch(f -> f.getClass().getSimpleName().equals("ResponseAgainstContract")),
                "REST Assured runs without the response check: " + RestAssured.filters());
    }

    @Test
    void shouldAcceptNullWhereTheContractDeclaresIt() {
        // ORPHA:558 is active: replacement is null, a nullable reference (anyOf [$ref, null]).
        String body = given().when().get("/v1/conditions/558").then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"replacement\":null"), body);
        assertEquals(List.of(), errors(get("/v1/conditions/558"), json(200, body)));
    }

    @Test
    void shouldRefuseNullWhereTheContractDoesNotAllowIt() {
        String body = given().when().get("/v1/conditions/558").then().statusCode(200).extract().asString();
        String nameless = body.replace("\"name\":\"Syndroom van Marfan\"", "\"name\":null");
        assertTrue(nameless.contains("\"name\":null"));
        assertSchemaError(errors(get("/v1/conditions/558"), json(200, nameless)));
        assertSchemaError(errors(get("/v1/conditions/558"),
                json(200, body.replace("\"flagValue\":1", "\"flagValue\":null"))));
        assertSchemaError(errors(get("/v1/conditions/558"),
                json(200, body.replace("\"replacement\":null", "\"replacement\":{}"))));
    }

    @Test
    void shouldRefuseAFieldTheContractDoesNotDeclare() {
        String body = given().when().get("/v1/conditions/558").then().statusCode(200).extract().asString();
        assertSchemaError(errors(get("/v1/conditions/558"),
                json(200, body.replace("{\"id\":\"ORPHA:558\",", "{\"surprise\":1,\"id\":\"ORPHA:558\","))));
    }

    @Test
    void shouldRefuseAnUndeclaredStatusOrMediaType() {
        assertEquals(List.of("validation.response.status.unknown"), errors(get("/v1/conditions/558"), json(418, "{}")));
        assertTrue(errors(get("/v1/conditions/558"),
                SimpleResponse.Builder.ok().withContentType("text/html").withBody("<p>").build())
                .contains("validation.response.contentType.notAllowed"));
    }

    @Test
    void shouldIgnoreRequestsAndPathsOutsideTheContract() {
        Request malformed = new SimpleRequest.Builder("GET", "/v1/conditions").withQueryParam("pageSize", "many")
                .withHeader("Accept-Language", ";;").build();
        String problem = "{\"type\":\"urn:nl:ecza:problem:invalid-parameters\",\"title\":\"t\",\"status\":400}";
        assertEquals(List.of(), errors(malformed,
                SimpleResponse.Builder.status(400).withContentType("application/problem+json")
                .withBody(problem).build()));
        assertEquals(List.of(), errors(get("/q/health"), json(200, "{\"status\":\"UP\"}")));
    }

    private static void assertSchemaError(List<String> errors) {
        assertTrue(errors.stream().anyMatch(key -> key.startsWith("validation.response.body.schema")),
                errors.toString());
    }

    private static Request get(String path) {
        return new SimpleRequest.Builder("GET", path).build();
    }

    private static SimpleResponse json(int status, String body) {
        return SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
    }

    private static List<String> errors(Request request, SimpleResponse response) {
        return VALIDATOR.validate(request, response).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getKey).toList();
    }
}
