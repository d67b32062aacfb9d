package nl.ecza.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import nl.ecza.registry.security.DevelopmentTokens;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.TestClock;
import nl.ecza.registry.support.Tokens;

/**
 * What an outside tester threw at the registry, each answered with a precise problem+json 4xx that changes nothing:
 * malformed headers, integers written other ways, JSON that is not quite the contract's, the contract document
 * called with other methods, a token for another audience. And the headers every response carries.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final int YEAR = 2040;
    static final String LUMC = "05xvt9f17";

    @Inject
    TestClock clock;

    final String leiden = Tokens.hospital(LUMC);
    String applications;
    String lumcId;

    static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token));
    }

    @BeforeEach
    void anOpenRound() {
        if (applications != null) {
            return;
        }
        clock.setTo(LocalDateTime.of(YEAR, 2, 1, 10, 0));
        String staff = Tokens.role(Roles.SECRETARIAT);
        as(staff).contentType(ContentType.JSON).body(Map.of("year", YEAR)).post("/v1/recognition-rounds").then()
                .statusCode(201);
        String etag = given().get("/v1/recognition-rounds/{y}", YEAR).header("ETag");
        as(staff).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("state", "open"))
                .patch("/v1/recognition-rounds/{y}", YEAR).then().statusCode(200);
        applications = "/v1/recognition-rounds/" + YEAR + "/applications";
        lumcId = given().queryParam("q", "Leiden University").get("/v1/institutions").path("items[0].id");
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ";;;,,,", "en;q=2", "en;q=abc", "e n", "toolongtag", "nl;;q=1"})
    void shouldRefuseAMalformedAcceptLanguageOnEveryOperation(String header) {
        for (String path : List.of("/v1/conditions/558", "/v1/expertise-centres", "/v1/recognitions",
                "/v1/european-reference-networks/vascern", "/v1/nomenclature-releases", "/v1/openapi.json")) {
            given().header("Accept-Language", header).get(path).then().statusCode(400)
                    .contentType("application/problem+json").header("API-Version", equalTo("1.0.0"))
                    .body("type", equalTo("urn:nl:ecza:problem:invalid-parameters"), "invalidParams[0].name",
                            equalTo("Accept-Language"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",,", "en-GB,en;q=0.9,nl;q=0.8", "*", "NL, en;Q=0.5"})
    void shouldAcceptEveryWellFormedAcceptLanguage(String header) {
        given().header("Accept-Language", header).get("/v1/conditions/558").then().statusCode(200);
    }

    @Test
    void shouldTreatAnEmptyAcceptAsNoPreferenceOnTheCsvCapableReads() {
        given().header("Accept", "").get("/v1/recognitions").then().statusCode(200)
                .contentType(startsWith("application/json"));
        given().header("Accept", "").get("/v1/recognition-rounds/2023/published-list").then().statusCode(200)
                .contentType(startsWith("application/json"));
        String adviser = Tokens.role(Roles.ADVISER);
        as(adviser).header("Accept", "").get("/v1/adviser/conditions/558/expertise-centres").then().statusCode(200)
                .contentType(startsWith("application/json"));
        // the export's default is a spreadsheet
        as(adviser).header("Accept", "").get("/v1/adviser/exports/expertise-centres?orphaCode=558").then()
                .statusCode(200).contentType(startsWith("text/csv"));
        as(adviser).header("Accept", "text/csv;q=0.5, application/json")
                .get("/v1/adviser/exports/expertise-centres?orphaCode=558").then()
                .statusCode(200).contentType(startsWith("application/json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/conditions?q=marfan&q=pompe", "/v1/expertise-centres?q=Q87.4&q=marfan",
        "/v1/expertise-centres?orphaCode=558&orphaCode=586", "/v1/conditions?pageSize=5&q=marfan&page%53ize=10"})
    void shouldRefuseAQueryParameterGivenTwice(String uri) {
        given().urlEncodingEnabled(false).when().get(uri).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:invalid-parameters"),
                        "invalidParams.name", Matchers.contains(uri.contains("orphaCode") ? "orphaCode"
                                : uri.contains("pageSize") ? "pageSize" : "q"));
    }

    @Test
    void shouldAnswerAMalformedAcceptWith406() {
        for (String accept : List.of("text/csv;q=abc", "/csv")) {
            given().header("Accept", accept).get("/v1/recognitions").then().statusCode(406)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:nl:ecza:problem:not-acceptable"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1", " 1", "1 ", "\uFF11", "1e2", "0x1", "1000001", "99999999999999999999"})
    void shouldRefuseAPageThatIsNotPlainDigitsInRange(String page) {
        for (String path : List.of("/v1/conditions?q=marfan", "/v1/nomenclature-releases", "/v1/expertise-centres")) {
            given().queryParam("page", page).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("page"));
        }
    }

    @Test
    void shouldServeAnEmptyPageFarBeyondTheEndInsteadOfOverflowing() {
        given().get("/v1/nomenclature-releases?page=1000000").then().statusCode(200).body("items.size()", equalTo(0));
        given().get("/v1/nomenclature-releases/%2B1").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("releaseId"));
    }

    @Test
    void shouldRefuseABlankConditionInTheAdvisersComparison() {
        as(Tokens.role(Roles.ADVISER)).get("/v1/adviser/conditions/%20/expertise-centres").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:invalid-orpha-code"));
        as(Tokens.role(Roles.ADVISER)).get("/v1/adviser/expertise-centres?expiringWithinMonths=%2B6").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("expiringWithinMonths"));
    }

    @Test
    void shouldReadRequestBodiesStrictlyAndStoreNothingOnARefusal() {
        int before = as(leiden).get(applications).path("paging.total");
        String good = "\"institutionId\": \"" + lumcId + "\", \"centreNameNl\": \"Strikt\"";
        Map<String, String> refused = Map.ofEntries(
                Map.entry("trailing garbage", "{" + good + "}}{"),
                Map.entry("two documents", "{" + good + "} {" + good + "}"),
                Map.entry("duplicate key", "{" + good + ", \"centreNameNl\": \"Tweede\"}"),
                Map.entry("number for text", "{" + good + ", \"centreNameEn\": 123}"),
                Map.entry("boolean for text", "{" + good + ", \"researchOutput\": true}"),
                Map.entry("fraction for a whole number",
                        "{" + good + ", \"conditions\": [{\"orphaCode\": 558, \"yearlyPatients\": 1.5}]}"),
                Map.entry("text for a number",
                        "{" + good + ", \"conditions\": [{\"orphaCode\": 558, \"yearlyPatients\": \"12\"}]}"),
                Map.entry("text for a code", "{" + good + ", \"conditions\": [{\"orphaCode\": \"558\"}]}"),
                Map.entry("lone surrogate", "{" + good + ", \"centreNameEn\": \"abc\\ud800def\"}"),
                Map.entry("lone low surrogate", "{" + good + ", \"centreNameEn\": \"\\udc00\"}"),
                Map.entry("unknown field", "{" + good + ", \"centerNameEn\": \"typo\"}"),
                Map.entry("control character", "{" + good + ", \"centreNameEn\": \"bell\\u0007\"}"),
                Map.entry("empty identifier", "{" + good + ", \"centreId\": \"\"}"),
                Map.entry("blank identifier", "{" + good + ", \"centreId\": \"  \"}"),
                Map.entry("array for text", "{" + good + ", \"centreNameEn\": [\"a\"]}"));
        refused.forEach((what, body) -> as(leiden).contentType(ContentType.JSON).body(body).post(applications).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:malformed-body"),
                        "detail", Matchers.notNullValue()));
        as(leiden).get(applications).then().body("paging.total", equalTo(before));
        // the well-formed twin is accepted, so the refusals above are about what they break
        as(leiden).contentType(ContentType.JSON).body("{" + good + ", \"centreNameEn\": \"Strict \uD83D\uDE00\"}")
                .post(applications).then().statusCode(201).body("centreNameEn", equalTo("Strict \uD83D\uDE00"));
    }

    @Test
    void shouldRefuseADuplicateKeyOnObjectionAndAdvice() {
        String condition = applications + "/" + UUID.randomUUID() + "/conditions/558";
        as(leiden).contentType(ContentType.JSON).body("{\"reason\": \"a\", \"reason\": \"b\"}")
                .post(condition + "/objection").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:malformed-body"));
        as(Tokens.role(Roles.SECRETARIAT)).contentType(ContentType.JSON).header("If-Match", "\"v0\"")
                .body("{\"outcome\": \"positive\", \"outcome\": \"negative\"}").put(condition + "/advice").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:malformed-body"));
    }

    @Test
    void shouldRefuseADateTimeWhereADateIsExpected() {
        String staff = Tokens.role(Roles.SECRETARIAT);
        String centre = as(staff).contentType(ContentType.JSON)
                .body(Map.of("nameNl", "Datumtest", "nameEn", "Date test", "leadingInstitutionId", lumcId))
                .post("/v1/register/expertise-centres").then().statusCode(201).extract().path("id");
        as(staff).contentType(ContentType.JSON)
                .body(Map.of("orphaCode", 558, "roundYear", YEAR - 1, "decisionDate", (YEAR - 1) + "-10-01T00:00:00Z",
                        "validFrom", (YEAR - 1) + "-10-01", "published", false))
                .post("/v1/register/expertise-centres/{c}/recognitions", centre).then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("decisionDate"));
        as(staff).get("/v1/register/expertise-centres/{c}", centre).then().body("recognitions.size()", equalTo(0));
        // an enum value is exact: Jackson would otherwise trim " fullMember "
        as(staff).contentType(ContentType.JSON)
                .body(Map.of("ernCode", "vascern", "membershipType", " fullMember ", "since", YEAR + "-01-15"))
                .post("/v1/register/expertise-centres/{c}/ern-memberships", centre).then().statusCode(400)
                .body("type", equalTo("urn:nl:ecza:problem:malformed-body"), "invalidParams[0].name",
                        equalTo("membershipType"));
    }

    @Test
    void shouldNeverReplayAnIdempotentAnswerToACallerWithOtherInstitutions() {
        String umcgId = given().queryParam("q", "Groningen").get("/v1/institutions").path("items[0].id");
        String leidenUser = DevelopmentTokens.mint("same-user", Set.of(Roles.HOSPITAL), List.of(LUMC),
                Duration.ofHours(1));
        String groningenUser = DevelopmentTokens.mint("same-user", Set.of(Roles.HOSPITAL), List.of("03cv38k47"),
                Duration.ofHours(1));
        Map<String, Object> draft = Map.of("institutionId", lumcId, "centreNameNl", "Geheim Leiden");
        String id = as(leidenUser).contentType(ContentType.JSON).header("Idempotency-Key", "same-subject-1").body(draft)
                .post(applications).then().statusCode(201).extract().path("id");
        as(groningenUser).contentType(ContentType.JSON).header("Idempotency-Key", "same-subject-1").body(draft)
                .post(applications).then()
                .statusCode(422).body("type", equalTo("urn:nl:ecza:problem:idempotency-key-reused"), "id",
                        Matchers.nullValue());
        as(groningenUser).get(applications + "/" + id).then().statusCode(404);
        Assertions.assertNotEquals(lumcId, umcgId);
    }

    @Test
    void shouldRefuseBodiesThatAreNotJsonInUtf8() {
        int before = as(leiden).get(applications).path("paging.total");
        String body = "{\"institutionId\": \"" + lumcId + "\", \"centreNameNl\": \"Typetest\"}";
        for (String type : List.of("text/plain", "application/*", "application/json; charset=utf-16",
                "application/json;charset=latin1", "application/xml")) {
            as(leiden).header("Content-Type", type).body(body.getBytes(StandardCharsets.UTF_8))
                    .post(applications).then().statusCode(415).contentType("application/problem+json")
                    .body("type", equalTo("urn:nl:ecza:problem:unsupported-media-type"));
        }
        as(leiden).header("Content-Type", "application/json; charset=UTF-8").body(body).post(applications).then()
                .statusCode(201);
        as(leiden).get(applications).then().body("paging.total", equalTo(before + 1));
    }

    @Test
    void shouldAnswerOneResourceByOnePath() {
        as(leiden).get(applications + "/%2E%2E").then().statusCode(400).contentType("application/problem+json");
        as(Tokens.role(Roles.ADVISER)).get("/v1/adviser/conditions/%2e%2e/expertise-centres").then().statusCode(400);
        given().get("/v1/conditions/558/").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerRequestsTheRouterRefusesBeforeAnyRouteAsProblems() throws Exception {
        for (String request : List.of("GET /v1/conditions/558 HTTP/1.1\r\nConnection: close\r\n\r\n",
                "OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")) {
            String response = raw(request);
            Assertions.assertTrue(response.startsWith("HTTP/1.1 4"), response);
            Assertions.assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            Assertions.assertTrue(response.contains("API-Version: 1.0.0"), response);
            Assertions.assertTrue(response.contains("X-Content-Type-Options: nosniff"), response);
        }
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldRefuseAWithdrawalOutsideTheValidityAndAReasonWithoutOne() {
        String staff = Tokens.role(Roles.SECRETARIAT);
        String centre = as(staff).contentType(ContentType.JSON)
                .body(Map.of("nameNl", "Intrekkingstest", "nameEn", "Withdrawal test", "leadingInstitutionId", lumcId))
                .post("/v1/register/expertise-centres").then().statusCode(201).extract().path("id");
        var recognition = as(staff).contentType(ContentType.JSON)
                .body(Map.of("orphaCode", 558, "roundYear", YEAR - 1, "decisionDate", (YEAR - 1) + "-10-01",
                        "validFrom", (YEAR - 1) + "-10-01", "published", false))
                .post("/v1/register/expertise-centres/{c}/recognitions", centre).then().statusCode(201).extract();
        String id = recognition.path("recognitions[0].id");
        String path = "/v1/register/expertise-centres/" + centre + "/recognitions/" + id;
        String etag = as(staff).get("/v1/register/expertise-centres/{c}", centre).header("ETag");
        String recognitionEtag = "\"v0\"";
        as(staff).contentType("application/merge-patch+json").header("If-Match", recognitionEtag)
                .body(Map.of("withdrawnOn", "2000-01-01"))
                .patch(path).then().statusCode(400).body("invalidParams[0].name", equalTo("withdrawnOn"));
        as(staff).contentType("application/merge-patch+json").header("If-Match", recognitionEtag)
                .body(Map.of("withdrawalReason", "x"))
                .patch(path).then().statusCode(400).body("invalidParams[0].name", equalTo("withdrawalReason"));
        as(staff).get("/v1/register/expertise-centres/{c}", centre).then().header("ETag", etag)
                .body("recognitions[0].withdrawnOn", Matchers.nullValue());
        as(staff).contentType("application/merge-patch+json").header("If-Match", recognitionEtag)
                .body(Map.of("withdrawnOn", (YEAR - 1) + "-12-01", "withdrawalReason", "Centrum gesloten")).patch(path)
                .then().statusCode(200);
        // a membership from before the recognition is refused naming that day, not today
        as(staff).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("ernCode", "vascern", "membershipType", "fullMember", "since", (YEAR - 1) + "-01-15"))
                .post("/v1/register/expertise-centres/{c}/ern-memberships", centre).then().statusCode(422)
                .body("detail", containsString("on " + (YEAR - 1) + "-01-15"));
    }

    @Test
    void shouldRefuseABlankNameInACorrection() {
        String staff = Tokens.role(Roles.SECRETARIAT);
        var created = as(staff).contentType(ContentType.JSON).body(Map.of("nameNl", "Naamtest", "nameEn", "Name test",
                "leadingInstitutionId", lumcId)).post("/v1/register/expertise-centres").then()
                        .statusCode(201).extract();
        as(staff).contentType("application/merge-patch+json").header("If-Match", (String) created.header("ETag"))
                .body(Map.of("nameEn", "   "))
                .patch("/v1/register/expertise-centres/{c}", (String) created.path("id")).then()
                .statusCode(400).body("type", equalTo("urn:nl:ecza:problem:invalid-parameters"),
                        "invalidParams[0].name", equalTo("nameEn"));
    }

    @Test
    void shouldServeTheContractOnlyToReaders() {
        for (String method : List.of("POST", "DELETE", "PUT", "PATCH")) {
            given().request(method, "/v1/openapi.json").then().statusCode(405).contentType("application/problem+json")
                    .header("Allow", containsString("GET"))
                    .body("type", equalTo("urn:nl:ecza:problem:method-not-allowed"));
        }
        given().get("/v1/openapi.json").then().statusCode(200);
    }

    @Test
    void shouldRefuseATokenIssuedForAnotherAudience() {
        String foreign = Jwt.issuer(DevelopmentTokens.ISSUER).audience("another-application").subject("someone")
                .groups(Set.of(Roles.SECRETARIAT))
                .expiresIn(Duration.ofHours(1)).jws().keyId("ecza-development").sign(DevelopmentTokens.signingKey());
        as(foreign).get("/v1/audit-events").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:unauthorized"));
        as(Tokens.role(Roles.SECRETARIAT)).get("/v1/audit-events").then().statusCode(200);
    }

    @Test
    void shouldSendTheSecurityHeadersOnEveryResponseAndKeepPrivateAnswersOutOfCaches() {
        for (var response : List.of(given().get("/v1/conditions/558"), given().get("/v1/conditions/0"),
                given().get("/q/health/live"), given().get("/nowhere"), as(leiden).get(applications))) {
            response.then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", "frame-ancestors 'none'").header("API-Version", "1.0.0");
        }
        given().get("/v1/conditions/558").then().header("Cache-Control", containsString("public"));
        as(leiden).get(applications).then().header("Cache-Control", "no-store");
        given().get("/v1/conditions/0").then().header("Cache-Control", "no-store");
    }
}
