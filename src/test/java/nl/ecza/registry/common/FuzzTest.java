package nl.ecza.registry.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.DatabaseFingerprint;
import nl.ecza.registry.support.TestClock;
import nl.ecza.registry.support.Tokens;

/**
 * A schema-driven fuzz test: for every operation in openapi/openapi.yaml, requests in which exactly one thing is
 * hostile (a path or query value, a header, a body field of the wrong type, a broken document, a method the path
 * does not serve), from every kind of caller. Every answer must be below 500, every error application/problem+json
 * with the status in its body, and a refused write must change nothing in the database. Seeded: a failure names the
 * seed and the request, and the same seed replays it ({@code -Dfuzz.seed=...}, {@code -Dfuzz.perOperation=...}).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzTest {

    static final int YEAR = 2039;
    static final String LUMC = "05xvt9f17";
    static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    static final int PER_OPERATION = Integer.getInteger("fuzz.perOperation", 30);

    /** Values that are wrong in a way a careless or hostile client produces. */
    static final List<String> HOSTILE_TEXT = List.of("", " ", "%", ";", ",;,", "-1", "0", "+1", "1.5", "1e9",
            "99999999999999999999", "\uFF11", "null", "true", "[]", "{}", "'; drop table application; --",
            "<script>alert(1)</script>", "../../etc/passwd", "\u0000", "a\u0000b", "\u202Eevil", "\uD83D\uDE00",
            "ORPHA:", "ORPHA:-5", "vascern\n", "2039-02-30", "9999-99-99", "\t", "x".repeat(3000), "é".repeat(500),
            UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000");
    static final List<String> HOSTILE_HEADERS = List.of("Accept-Language", "Accept", "If-Match", "If-None-Match",
            "Idempotency-Key", "Content-Type", "Authorization", "Origin");

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    final ObjectMapper json = new ObjectMapper();
    JsonNode contract;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    int requests;

    @BeforeAll
    void aRegisterToFuzz() throws Exception {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
    }

    void fixture() {
        // today, before the clock moves on
        String publicCentre = given().get("/v1/expertise-centres").path("items[0].id");
        clock.setTo(LocalDateTime.of(YEAR, 2, 1, 10, 0));
        String staff = Tokens.role(Roles.SECRETARIAT);
        String lumcId = given().queryParam("q", "Leiden University").get("/v1/institutions").path("items[0].id");
        staffCall(staff).body(Map.of("year", YEAR)).post("/v1/recognition-rounds").then().statusCode(201);
        String etag = given().get("/v1/recognition-rounds/{y}", YEAR).header("ETag");
        staffCall(staff).header("If-Match", etag).body(Map.of("state", "open"))
                .patch("/v1/recognition-rounds/{y}", YEAR).then().statusCode(200);
        String application = staffCall(Tokens.hospital(LUMC))
                .body(Map.of("institutionId", lumcId, "centreNameNl", "Fuzzcentrum",
                        "conditions", List.of(Map.of("orphaCode", 558))))
                .post("/v1/recognition-rounds/{y}/applications", YEAR).then().statusCode(201)
                .extract().path("id");
        String centre = staffCall(staff)
                .body(Map.of("nameNl", "Fuzzcentrum", "nameEn", "Fuzz centre", "leadingInstitutionId", lumcId))
                .post("/v1/register/expertise-centres").then().statusCode(201).extract().path("id");
        String recognition = staffCall(staff)
                .body(Map.of("orphaCode", 558, "roundYear", YEAR - 1, "decisionDate",
                        LocalDate.of(YEAR - 1, 10, 1).toString(), "validFrom", LocalDate.of(YEAR - 1, 10, 1).toString(),
                        "published", false))
                .post("/v1/register/expertise-centres/{c}/recognitions", centre).then().statusCode(201).extract()
                .path("recognitions[0].id");
        String membership = staffCall(staff).body(Map.of("ernCode", "vascern", "membershipType", "fullMember", "since",
                LocalDate.of(YEAR, 1, 15).toString()))
                        .post("/v1/register/expertise-centres/{c}/ern-memberships", centre).then().statusCode(201)
                .extract().path("ernMemberships[0].id");
        pathValues.putAll(Map.of("year", String.valueOf(YEAR), "applicationId", application, "orphaCode", "558",
                "ernCode", "vascern", "institutionId", lumcId, "releaseId", "1", "recognitionId", recognition,
                "membershipId", membership, "centreId", centre));
        pathValues.put("publicCentreId", publicCentre);
    }

    static RequestSpecification staffCall(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(token));
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldAnswerEveryMalformedRequestWithAProblemAndChangeNothing() {
        fixture();
        Random random = new Random(SEED);
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                fuzz(path.getKey(), operation.getKey().toUpperCase(), operation.getValue(), random);
            }
        }
        assertTrue(requests > 1000, "only " + requests + " requests were made");
        assertEquals(List.of(), failures,
                failures.size() + " of " + requests + " fuzzed requests broke a rule (seed " + SEED + ")");
    }

    private void fuzz(String template, String method, JsonNode operation, Random random) {
        Map<String, String> before = fingerprint();
        boolean wrote = false;
        for (int i = 0; i < PER_OPERATION; i++) {
            Request request = mutate(new Request(method, template, operation), random);
            Response response = request.send();
            requests++;
            check(request, response);
            wrote |= response.statusCode() < 300 && !request.method.equals("GET");
        }
        // Some mutations are harmless (a well-formed header); only a batch of refusals must leave the database alone.
        if (!wrote) {
            Map<String, String> after = fingerprint();
            if (!before.equals(after)) {
                failures.add(method + " " + template + ": refused requests changed the database: " + before
                        + " -> " + after);
            }
        }
    }

    private void check(Request request, Response response) {
        int status = response.statusCode();
        String what = request + " -> " + status;
        if (status >= 500) {
            failures.add(what + " " + response.asString());
            return;
        }
        if (response.header("API-Version") == null) {
            failures.add(what + " without API-Version");
        }
        if (status >= 400) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add(what + " with Content-Type " + type);
            } else if (!request.method.equals("HEAD") && response.jsonPath().getInt("status") != status) {
                failures.add(what + " whose problem says status " + response.jsonPath().getInt("status"));
            }
        }
    }

    private Map<String, String> fingerprint() {
        Map<String, String> result = new LinkedHashMap<>();
        for (String table : List.of("recognition_round", "application", "application_partner", "application_ern",
                "requested_condition", "idempotent_request", "audit_event", "institution", "expertise_centre",
                "centre_institution", "recognition", "ern_membership", "registry_version")) {
            result.put(table, DatabaseFingerprint.count(dataSource, "select count(*) from " + table) + "/"
                    + DatabaseFingerprint.count(dataSource,
                            "select coalesce(sum(xmin::text::bigint), 0) from " + table));
        }
        return result;
    }

    /** One request: the operation made plausible from the contract, then one thing in it made hostile. */
    final class Request {
        String method;
        final String template;
        final JsonNode operation;
        final Map<String, String> path = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String token;
        String body;
        String mutation = "none";

        Request(String method, String template, JsonNode operation) {
            this.method = method;
            this.template = template;
            this.operation = operation;
            for (JsonNode parameter : parameters()) {
                if (parameter.path("in").asText().equals("path")) {
                    String name = parameter.path("name").asText();
                    String value = name.equals("centreId") && template.startsWith("/expertise-centres")
                            ? pathValues.get("publicCentreId")
                            : pathValues.get(name);
                    path.put(name, Objects.requireNonNull(value, "no value for path parameter " + name));
                }
            }
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            if (!schema.isMissingNode()) {
                body = plausible(schema, 0).toString();
                headers.put("Content-Type", "application/json");
            }
            if (!method.equals("GET")) {
                headers.put("If-Match", "\"v0\"");
            }
        }

        List<JsonNode> parameters() {
            List<JsonNode> result = new ArrayList<>();
            operation.path("parameters").forEach(p -> result.add(resolve(p)));
            return result;
        }

        Response send() {
            String url = "/v1" + template;
            for (Map.Entry<String, String> p : path.entrySet()) {
                url = url.replace("{" + p.getKey() + "}",
                        URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
            }
            StringBuilder queryString = new StringBuilder();
            query.forEach((k, v) -> queryString.append(queryString.isEmpty() ? "?" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            RequestSpecification spec = given().urlEncodingEnabled(false)
                    .config(RestAssuredConfig.config()
                            .encoderConfig(EncoderConfig.encoderConfig()
                                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
            if (token != null) {
                spec = spec.header("Authorization", Tokens.bearer(token));
            }
            for (Map.Entry<String, String> h : headers.entrySet()) {
                spec = spec.header(h.getKey(), h.getValue());
            }
            if (body != null) {
                spec = spec.body(body.getBytes(StandardCharsets.UTF_8));
            }
            return spec.request(method, url + queryString);
        }

        @Override
        public String toString() {
            String shownBody = body == null ? ""
                    : " body " + (body.length() > 200 ? body.substring(0, 200) + "..." : body);
            return method + " " + template + " " + path + " query " + query + " as "
                    + (token == null ? "anonymous" : "a token")
                    + " [" + mutation + "]" + shownBody;
        }
    }

    private Request mutate(Request r, Random random) {
        // Mostly a caller the operation admits, so that the hostile part reaches past the role check; else anyone.
        List<String> roles = Roles.ALL.stream().sorted().toList();   // Set.of has no stable order: the seed must replay
        int caller = random.nextInt(10);
        String role = caller < 6 ? admittedRole(r.template) : caller < 9
                ? roles.get(random.nextInt(roles.size())) : null;
        r.token = role == null ? null : role.equals(Roles.HOSPITAL) ? Tokens.hospital(LUMC) : Tokens.role(role);
        String hostile = HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
        List<JsonNode> queryParameters = r.parameters().stream()
                .filter(p -> p.path("in").asText().equals("query")).toList();
        switch (random.nextInt(6)) {
            case 0 -> {
                if (!r.path.isEmpty()) {
                    String name = new ArrayList<>(r.path.keySet()).get(random.nextInt(r.path.size()));
                    // An empty segment would address another resource (the collection, with a trailing slash: 404,
                    // decision 0017), not this operation; a blank one stays.
                    r.path.put(name, hostile.isEmpty() ? " " : hostile.replace("\u0000", "%00"));
                    r.mutation = "path " + name;
                } else {
                    r.method = List.of("DELETE", "PUT", "PATCH", "POST").get(random.nextInt(4));
                    r.mutation = "method";
                }
            }
            case 1 -> {
                if (!queryParameters.isEmpty()) {
                    String name = queryParameters.get(random.nextInt(queryParameters.size())).path("name").asText();
                    r.query.put(name, hostile);
                    r.mutation = "query " + name;
                } else {
                    r.query.put("unknownParameter", hostile);
                    r.mutation = "unknown query";
                }
            }
            case 2 -> {
                String header = HOSTILE_HEADERS.get(random.nextInt(HOSTILE_HEADERS.size()));
                String value = hostile.replace("\u0000", "").replace("\n", "").replace("\t", " ");
                if (header.equals("Authorization")) {
                    r.token = null;
                    value = List.of("Bearer " + value, "Basic " + value, value, "Bearer").get(random.nextInt(4));
                }
                r.headers.put(header, value);
                r.mutation = "header " + header;
            }
            case 3 -> {
                if (r.body != null) {
                    r.body = brokenField(r.body, random);
                    r.mutation = "body field";
                } else {
                    r.body = "{\"unexpected\": true}";
                    r.headers.put("Content-Type", "application/json");
                    r.mutation = "unexpected body";
                }
            }
            case 4 -> {
                r.body = brokenDocument(r.body == null ? "{}" : r.body, random);
                r.headers.put("Content-Type",
                        random.nextBoolean() ? "application/json"
                                : List.of("text/plain", "application/xml", "application/json; charset=latin-1",
                                        "multipart/form-data").get(random.nextInt(4)));
                r.mutation = "document";
            }
            default -> {
                r.method = List.of("DELETE", "PUT", "PATCH", "POST", "GET").get(random.nextInt(5));
                r.mutation = "method";
            }
        }
        return r;
    }

    /** The role an operation is for (public reads ignore the token). */
    static String admittedRole(String template) {
        if (template.startsWith("/adviser")) {
            return Roles.ADVISER;
        }
        if (template.endsWith("/decision") || template.endsWith("/objection/outcome")) {
            return Roles.DECISION_MAKER;
        }
        if (template.endsWith("/advice")) {
            return Roles.SECRETARIAT;
        }
        return template.contains("/applications") ? Roles.HOSPITAL : Roles.SECRETARIAT;
    }

    private String brokenField(String body, Random random) {
        try {
            ObjectNode object = (ObjectNode) json.readTree(body);
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() ? "anything" : names.get(random.nextInt(names.size()));
            JsonNodeFactory f = JsonNodeFactory.instance;
            List<JsonNode> wrong = List.of(f.numberNode(123), f.numberNode(1.5), f.textNode("12"),
                    f.booleanNode(true), f.nullNode(), f.arrayNode().add("a"), f.objectNode().put("a", 1),
                    f.textNode("x".repeat(20000)), f.textNode("2039-03-01T10:00:00Z"), f.textNode("a\u0000b"),
                    f.numberNode(Long.MAX_VALUE), f.textNode(""), f.numberNode(-1));
            object.set(name, wrong.get(random.nextInt(wrong.size())));
            String text = json.writeValueAsString(object);
            // a lone surrogate cannot be written by Jackson; inject it as an escape in the text
            return random.nextInt(8) == 0
                    ? text.replaceFirst("\"" + name + "\":",
                            "\"" + name + "\":\"\\\\ud800\",\"x" + name + "\":") : text;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String brokenDocument(String body, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> body.substring(0, body.length() / 2);
            case 1 -> body + "}{";
            case 2 -> body + " " + body;
            case 3 -> body.replaceFirst("\\{", "{\"dup\": 1, \"dup\": 2, ");
            case 4 -> "[".repeat(5000);
            case 5 -> "\u00ff\u00fe garbage";
            case 6 -> "";
            default -> body.replace("\"", "'");
        };
    }

    /** A value of the schema's type, shaped like real input, so that only the mutation is wrong. */
    private JsonNode plausible(JsonNode schema, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        schema = resolve(schema);
        if (schema.has("allOf")) {
            return plausible(schema.path("allOf").get(0), depth);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "integer" -> f.numberNode(schema.has("minimum") ? schema.path("minimum").asLong() : 558);
            case "number" -> f.numberNode(1);
            case "boolean" -> f.booleanNode(false);
            case "array" -> {
                ArrayNode array = f.arrayNode();
                if (depth < 3) {
                    array.add(plausible(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "string" -> switch (schema.path("format").asText()) {
                case "date" -> f.textNode(LocalDate.of(YEAR, 3, 1).toString());
                case "date-time" -> f.textNode(YEAR + "-03-01T10:00:00Z");
                case "uuid" -> f.textNode(pathValues.get("institutionId"));
                default -> f.textNode("Fuzz");
            };
            default -> {
                ObjectNode object = f.objectNode();
                if (depth < 3) {
                    schema.path("properties").fields()
                            .forEachRemaining(p -> object.set(p.getKey(), plausible(p.getValue(), depth + 1)));
                }
                yield object;
            }
        };
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String[] ref = node.path("$ref").asText().substring(2).split("/");
            JsonNode target = contract;
            for (String part : ref) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }
}
