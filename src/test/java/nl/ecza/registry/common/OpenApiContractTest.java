package nl.ecza.registry.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * openapi/openapi.yaml is the published contract; this fails whenever the running code serves something else.
 * The served document is written to target/openapi-served.yaml: after a deliberate API change, review it and
 * copy it over openapi/openapi.yaml.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    private static final Path SERVED = Path.of("target/openapi-served.yaml");

    @Test
    void shouldServeExactlyTheCommittedContract() throws Exception {
        String served = given().when().get("/v1/openapi.yaml").then().statusCode(200).extract().asString();
        Files.writeString(SERVED, served);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        if (!Files.exists(CONTRACT)) {
            fail("openapi/openapi.yaml is missing; the served contract is in " + SERVED);
        }
        JsonNode committed = yaml.readTree(CONTRACT.toFile());
        JsonNode actual = yaml.readTree(served);
        if (!committed.equals(actual)) {
            fail("The served OpenAPI document differs from openapi/openapi.yaml. Review `diff openapi/openapi.yaml "
                    + SERVED + "` and, if the change is intended, copy the served document over the contract.");
        }
    }

    /**
     * Under OpenAPI 3.0.3, nullable only widens the type of its own schema object: next to allOf or $ref it does not
     * admit null (and validators refuse it). ContractFilter turns such schemas into anyOf with a null-only branch.
     */
    @Test
    void shouldDeclareNullableReferencesSoThatNullIsValid() throws Exception {
        List<String> broken = new ArrayList<>();
        collectNullableReferences(new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()), "", broken);
        assertEquals(List.of(), broken, "nullable next to allOf or $ref does not admit null in OpenAPI 3.0.3");
    }

    private static void collectNullableReferences(JsonNode node, String at, List<String> broken) {
        if (node.isObject()) {
            if (node.path("nullable").asBoolean(false) && (node.has("allOf") || node.has("$ref"))) {
                broken.add(at);
            }
            node.fields().forEachRemaining(field -> collectNullableReferences(field.getValue(),
                    at + "/" + field.getKey(), broken));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNullableReferences(node.get(i), at + "/" + i, broken);
            }
        }
    }

    @Test
    void shouldSendTheContractVersionAsApiVersion() throws Exception {
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        String header = given().when().get("/v1/conditions/558").then().extract().header("API-Version");
        assertEquals(committed.path("info").path("version").asText(), header);
    }
}
