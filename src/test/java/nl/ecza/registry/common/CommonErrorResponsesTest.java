package nl.ecza.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.ContractValidation;
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
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile())
                .path("paths");
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), "/v1" + concrete(path.getKey()),
                        op.getValue().has("requestBody"),
                        !"getOpenApi".equals(op.getValue().path("operationId").asText())));
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
            asAdmin().accept("application/xml").when().get(operation.path()).then().statusCode(200)
                    .contentType("application/json");
            return;
        }
        RequestSpecification request = asAdmin().accept("application/xml");
        if (operation.hasBody()) {
            request.contentType(operation.method().equals("PATCH") ? "application/merge-patch+json"
                    : "application/json").body("{}");
        }
        request.when().request(operation.method(), operation.path()).then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:not-acceptable"));
    }

    /**
     * The refusal comes on the headers, so the request declares a body just over the limit and sends none (REST Assured
     * would upload the whole megabyte, about a second per call). The answer is checked against the contract here,
     * as ContractValidation does for REST Assured calls.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldRefuseAnOversizedBodyWith413(Operation operation) throws IOException {
        String head = operation.method() + " " + operation.path()
                + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                + (1024 * 1024 + 1) + "\r\nConnection: close\r\n\r\n";
        String[] parts = new String[2];
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The server answers at once but keeps the connection open for the announced body: read what it sent.
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream headers = new ByteArrayOutputStream();
            while (!headers.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                headers.write(b);
            }
            parts[0] = headers.toString(StandardCharsets.US_ASCII);
            int length = Integer.parseInt(header(parts[0], "content-length"));
            parts[1] = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
        String contentType = header(parts[0], "content-type");
        assertTrue(parts[0].startsWith("HTTP/1.1 413 "), parts[0]);
        assertEquals("application/problem+json", contentType);
        assertTrue(parts[1].contains("\"type\":\"urn:nl:ecza:problem:payload-too-large\""), parts[1]);
        ValidationReport report = ContractValidation.validator().validate(
                new SimpleRequest.Builder(operation.method(), operation.path()).build(),
                SimpleResponse.Builder.status(413).withContentType(contentType).withBody(parts[1]).build());
        assertFalse(report.hasErrors(), report.toString());
    }

    /** Every POST, PUT and PATCH refuses a body that is not JSON in UTF-8, whether or not it takes one. */
    private static boolean mayCarryABody(Operation operation) {
        return List.of("POST", "PUT", "PATCH").contains(operation.method().toUpperCase(Locale.ROOT));
    }

    private static String header(String head, String name) {
        return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldRefuseABodyOfAnotherMediaTypeWith415(Operation operation) {
        if (!mayCarryABody(operation)) {
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
        if (mayCarryABody(operation)) {
            statuses.add("415");
        }
        for (String status : statuses) {
            assertTrue(responses.has(status), operation + " declares no " + status);
        }
    }
}
