package nl.ecza.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.Tokens;

/**
 * The error responses ContractFilter declares on every operation of openapi/openapi.yaml are really served there,
 * as problem details: 406 for an Accept the operation cannot produce, 413 for a declared body over the limit, and
 * 415 for a body in a media type the operation does not consume. (The contract itself answers JSON to any Accept, and
 * declares no 406.) Callers carry an admin token, so that the answer
 * is the platform's and not an authorisation refusal.
 */
@QuarkusTest
class CommonErrorResponsesTest {

    /** One operation of the contract, with a concrete path. */
    record Operation(String method, String template, String path, boolean hasBody, boolean negotiates) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static Stream<Operation> operations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile()).path("paths");
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), "/v1" + concrete(path.getKey()),
                        op.getValue().has("requestBody"), !"getOpenApi".equals(op.getValue().path("operationId").asText())));
            }
        }));
        return operations.stream();
    }

    private static String concrete(String template) {
        return template.replace("{year}", "2025").replace("{orphaCode}", "558").replace("{ernCode}", "vascern")
                .replace("{releaseId}", "1").replaceAll("\\{[A-Za-z]+Id}", UUID.randomUUID().toString());
    }

    private static RequestSpecification asAdmin() {
        return given().header("Authorization", Tokens.bearer(Tokens.role(Roles.ADMIN))).header("If-Match", "\"v0\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldRefuseAnUnavailableMediaTypeWith406(Operation operation) {
        if (!operation.negotiates()) {
            // The contract itself is JSON whatever Accept says (it is also served as /v1/openapi.yaml).
            asAdmin().accept("application/xml").when().get(operation.path()).then().statusCode(200).contentType("application/json");
            return;
        }
        RequestSpecification request = asAdmin().accept("application/xml");
        if (operation.hasBody()) {
            request.contentType(operation.method().equals("PATCH") ? "application/merge-patch+json" : "application/json").body("{}");
        }
        request.when().request(operation.method(), operation.path()).then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:not-acceptable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldRefuseAnOversizedBodyWith413(Operation operation) {
        asAdmin().contentType("application/json").body("[" + "1,".repeat(600_000) + "1]")
                .when().request(operation.method(), operation.path()).then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:payload-too-large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldRefuseABodyOfAnotherMediaTypeWith415(Operation operation) {
        if (!operation.hasBody()) {
            return;
        }
        asAdmin().contentType("text/plain").body("year=2027")
                .when().request(operation.method(), operation.path()).then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:unsupported-media-type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldDeclareTheCommonErrorsOnEveryOperation(Operation operation) throws IOException {
        JsonNode responses = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile())
                .path("paths").path(operation.template()).path(operation.method().toLowerCase()).path("responses");
        List<String> statuses = new ArrayList<>(List.of("400", "413"));
        if (operation.negotiates()) {
            statuses.add("406");
        }
        if (operation.hasBody()) {
            statuses.add("415");
        }
        for (String status : statuses) {
            assertTrue(responses.has(status), operation + " declares no " + status);
        }
    }
}
