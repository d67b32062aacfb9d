package nl.ecza.registry.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.TestClock;
import nl.ecza.registry.support.Tokens;

/**
 * Every write endpoint against every kind of caller: anonymous -> 401, a role without the right -> 403, a hospital
 * reaching for another institution's application -> 404; a stale If-Match -> 412 and none -> 428; a retried
 * Idempotency-Key -> the first answer, no duplicate.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {

    static final int YEAR = 2036;
    static final String LUMC = RoundWalkthroughTest.LUMC;
    static final String UMCG = RoundWalkthroughTest.UMCG;

    @Inject
    TestClock clock;

    final String secretariat = Tokens.role(Roles.SECRETARIAT);
    final String leiden = Tokens.hospital(LUMC);
    final String groningen = Tokens.hospital(UMCG);

    String application;
    String centre;
    String recognition;
    String membership;

    /** A write endpoint: who may call it, and whether it is an update (If-Match) of an application of Leiden's. */
    record Endpoint(String method, String path, Object body, Set<String> allowed, boolean update,
            boolean leidensApplication) {
    }

    List<Endpoint> endpoints() {
        String app = "/v1/recognition-rounds/" + YEAR + "/applications/" + application;
        String condition = app + "/conditions/558";
        String registered = "/v1/register/expertise-centres/" + centre;
        Set<String> staff = Set.of(Roles.SECRETARIAT, Roles.ADMIN);
        Set<String> hospital = Set.of(Roles.HOSPITAL);
        Set<String> decider = Set.of(Roles.DECISION_MAKER);
        return List.of(
                new Endpoint("POST", "/v1/recognition-rounds", Map.of("year", 2099), staff, false, false),
                new Endpoint("PATCH", "/v1/recognition-rounds/" + YEAR, Map.of("objectionWeeks", 6),
                        staff, true, false),
                new Endpoint("POST", "/v1/recognition-rounds/" + YEAR + "/applications", draft(),
                        hospital, false, false),
                new Endpoint("PUT", app, draft(), hospital, true, true),
                new Endpoint("POST", app + "/submission", null, hospital, true, true),
                new Endpoint("POST", app + "/withdrawal", null, hospital, true, true),
                new Endpoint("PUT", condition + "/advice", Map.of("outcome", "positive"), staff, true, false),
                new Endpoint("PUT", condition + "/decision", Map.of("outcome", "recognised"), decider, true, false),
                new Endpoint("POST", condition + "/objection", Map.of("reason", "bezwaar"), hospital, false, true),
                new Endpoint("PUT", condition + "/objection/outcome", Map.of("outcome", "upheld"),
                        decider, true, false),
                new Endpoint("POST", "/v1/register/expertise-centres", centreBody(), staff, false, false),
                new Endpoint("PATCH", registered, Map.of("nameEn", "Access test centre"), staff, true, false),
                new Endpoint("POST", registered + "/recognitions", recognitionBody(284963), staff, false, false),
                new Endpoint("PATCH", registered + "/recognitions/" + recognition, Map.of("published", false),
                        staff, true, false),
                new Endpoint("POST", registered + "/ern-memberships",
                        Map.of("ernCode", "ithaca", "membershipType", "fullMember",
                        "since", LocalDate.of(YEAR, 2, 1).toString()), staff, false, false),
                new Endpoint("PATCH", registered + "/ern-memberships/" + membership,
                        Map.of("membershipType", "supportingPartner"), staff, true, false));
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.header("Authorization", Tokens.bearer(token));
    }

    static String tokenFor(String role) {
        return role.equals(Roles.HOSPITAL) ? Tokens.hospital(LUMC) : Tokens.role(role);
    }

    static Response call(RequestSpecification spec, Endpoint e) {
        if (e.body() != null) {
            spec = spec.body(e.body());
        }
        return spec.request(e.method(), e.path());
    }

    Map<String, Object> draft() {
        return Map.of("institutionId", RoundWalkthroughTest.institutionId(LUMC), "centreNameNl", "Toegangstestcentrum",
                "conditions", List.of(Map.of("orphaCode", 558)));
    }

    Map<String, Object> centreBody() {
        return Map.of("nameNl", "Toegangstestcentrum", "nameEn", "Access test centre", "leadingInstitutionId",
                RoundWalkthroughTest.institutionId(LUMC));
    }

    static Map<String, Object> recognitionBody(int code) {
        return Map.of("orphaCode", code, "roundYear", YEAR - 1, "decisionDate",
                LocalDate.of(YEAR - 1, 10, 1).toString(), "validFrom", LocalDate.of(YEAR - 1, 10, 1).toString(),
                "published", false);
    }

    // Not @BeforeAll: REST Assured only knows the test port once the first test runs.
    @BeforeEach
    void aRoundWithAnApplicationAndACentre() {
        if (application != null) {
            return;
        }
        clock.setTo(LocalDateTime.of(YEAR, 2, 1, 10, 0));
        as(secretariat).body(Map.of("year", YEAR)).post("/v1/recognition-rounds").then().statusCode(201);
        String etag = given().get("/v1/recognition-rounds/{y}", YEAR).header("ETag");
        as(secretariat).header("If-Match", etag).body(Map.of("state", "open")).patch("/v1/recognition-rounds/{y}", YEAR)
                .then().statusCode(200);
        application = as(leiden).body(draft()).post("/v1/recognition-rounds/{y}/applications", YEAR).then()
                .statusCode(201).extract().path("id");
        centre = as(secretariat).body(centreBody()).post("/v1/register/expertise-centres").then().statusCode(201)
                .extract().path("id");
        recognition = as(secretariat).body(recognitionBody(558))
                .post("/v1/register/expertise-centres/{c}/recognitions", centre).then()
                .statusCode(201).extract().path("recognitions[0].id");
        membership = as(secretariat)
                .body(Map.of("ernCode", "vascern", "membershipType", "fullMember", "since",
                        LocalDate.of(YEAR, 1, 15).toString()))
                .post("/v1/register/expertise-centres/{c}/ern-memberships", centre).then().statusCode(201).extract()
                .path("ernMemberships[0].id");
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldAnswerAnonymousCallsWith401() {
        for (Endpoint e : endpoints()) {
            call(as(null), e).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo("urn:nl:ecza:problem:unauthorized"), "instance", equalTo(e.path()));
        }
    }

    @Test
    void shouldAnswerAnInvalidTokenWith401() {
        String token = Tokens.role(Roles.SECRETARIAT);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmVkIGJ5IHNvbWVvbmUgZWxzZQ";
        for (Endpoint e : endpoints()) {
            call(as(forged), e).then().statusCode(401).body("type", equalTo("urn:nl:ecza:problem:unauthorized"));
        }
    }

    @Test
    void shouldAnswerEveryRoleWithoutTheRightWith403() {
        for (Endpoint e : endpoints()) {
            for (String role : Roles.ALL) {
                if (!e.allowed().contains(role)) {
                    call(as(tokenFor(role)), e).then().statusCode(403).contentType("application/problem+json")
                            .body("type", equalTo("urn:nl:ecza:problem:forbidden"));
                }
            }
        }
    }

    @Test
    void shouldHideAnotherInstitutionsApplicationWith404() {
        for (Endpoint e : endpoints()) {
            if (e.leidensApplication()) {
                call(as(groningen).header("If-Match", "\"v0\""), e).then().statusCode(404)
                        .body("type", equalTo("urn:nl:ecza:problem:application-not-found"));
            }
        }
        as(groningen).get("/v1/recognition-rounds/{y}/applications/{id}", YEAR, application).then().statusCode(404);
    }

    @Test
    void shouldRefuseAStaleIfMatchWith412AndAMissingOneWith428() {
        for (Endpoint e : endpoints()) {
            if (e.update()) {
                String token = tokenFor(e.allowed().iterator().next());
                call(as(token).header("If-Match", "\"v999\""), e).then().statusCode(412)
                        .body("type", equalTo("urn:nl:ecza:problem:precondition-failed"));
                call(as(token), e).then().statusCode(428)
                        .body("type", equalTo("urn:nl:ecza:problem:precondition-required"));
            }
        }
    }

    @Test
    void shouldReplayARetriedIdempotencyKeyInsteadOfCreatingADuplicate() {
        int before = as(leiden).get("/v1/recognition-rounds/{y}/applications", YEAR).path("paging.total");
        String first = as(leiden).header("Idempotency-Key", "access-draft-1").body(draft())
                .post("/v1/recognition-rounds/{y}/applications", YEAR).then().statusCode(201).extract().path("id");
        as(leiden).header("Idempotency-Key", "access-draft-1").body(draft())
                .post("/v1/recognition-rounds/{y}/applications", YEAR)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(leiden).get("/v1/recognition-rounds/{y}/applications", YEAR).then()
                .body("paging.total", equalTo(before + 1));
        // the same key for another request is refused, not silently replayed
        as(leiden).header("Idempotency-Key", "access-draft-1")
                .body(Map.of("institutionId", RoundWalkthroughTest.institutionId(LUMC)))
                .post("/v1/recognition-rounds/{y}/applications", YEAR).then().statusCode(422)
                .body("type", equalTo("urn:nl:ecza:problem:idempotency-key-reused"));

        String created = as(secretariat).header("Idempotency-Key", "access-centre-1").body(centreBody())
                .post("/v1/register/expertise-centres").then().statusCode(201).extract().path("id");
        as(secretariat).header("Idempotency-Key", "access-centre-1").body(centreBody())
                .post("/v1/register/expertise-centres").then().statusCode(201).body("id", equalTo(created));
    }

    @Test
    void shouldReplayARetriedSubmissionInsteadOfRefusingIt() {
        Map<String, Object> complete = Map.of("institutionId", RoundWalkthroughTest.institutionId(LUMC),
                "centreNameNl", "Indientest", "centreNameEn", "Submission test", "researchOutput", "Publicaties",
                "patientOrganisationInvolvement", "Panel", "conditions", List.of(RoundWalkthroughTest.condition(558)));
        var created = as(leiden).body(complete).post("/v1/recognition-rounds/{y}/applications", YEAR).then()
                .statusCode(201).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        for (int attempt = 0; attempt < 2; attempt++) {
            as(leiden).header("If-Match", etag).header("Idempotency-Key", "access-submit-1")
                    .post("/v1/recognition-rounds/{y}/applications/{id}/submission", YEAR, id).then().statusCode(200)
                    .body("state", equalTo("submitted"));
        }
        as(secretariat).get("/v1/audit-events?entityType=application&entityId={id}", id).then()
                .body("events.findAll { it.action == 'application.submitted' }.size()", equalTo(1));
    }

    @Test
    void shouldAnswerBadBodiesWithAPreciseProblemAndChangeNothing() {
        int before = as(leiden).get("/v1/recognition-rounds/{y}/applications", YEAR).path("paging.total");
        String lumc = RoundWalkthroughTest.institutionId(LUMC);
        as(leiden).body(Map.of("institutionId", lumc,
                        "conditions", List.of(Map.of("orphaCode", 558, "yearlyPatients", "many"))))
                .post("/v1/recognition-rounds/{y}/applications", YEAR).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:malformed-body"), "invalidParams[0].name",
                        equalTo("conditions[0].yearlyPatients"));
        as(leiden).body(Map.of("institutionId", "not-a-uuid")).post("/v1/recognition-rounds/{y}/applications", YEAR)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("institutionId"));
        as(leiden).body(Map.of("institutionId", lumc, "researchOutput", "a\u0000b"))
                .post("/v1/recognition-rounds/{y}/applications", YEAR)
                .then().statusCode(400).contentType("application/problem+json");
        as(leiden).body("{\"institutionId\": ").post("/v1/recognition-rounds/{y}/applications", YEAR).then()
                .statusCode(400).body("type", equalTo("urn:nl:ecza:problem:malformed-body"));
        as(secretariat).body(Map.of("orphaCode", 558, "roundYear", 2030, "decisionDate", "+999999999-01-01",
                        "validFrom", "2030-10-01", "published", false))
                .post("/v1/register/expertise-centres/{c}/recognitions", centre).then().statusCode(400)
                .contentType("application/problem+json");
        as(leiden).get("/v1/recognition-rounds/{y}/applications", YEAR).then().body("paging.total", equalTo(before));
    }

    @Test
    void shouldNameEveryMissingFieldWhenAnIncompleteDraftIsSubmitted() {
        var created = as(leiden).body(draft()).post("/v1/recognition-rounds/{y}/applications", YEAR).then()
                .statusCode(201).extract();
        as(leiden).header("If-Match", (String) created.header("ETag")).header("Accept-Language", "en")
                .post("/v1/recognition-rounds/{y}/applications/{id}/submission", YEAR, (String) created.path("id"))
                .then().statusCode(422).body("type", equalTo("urn:nl:ecza:problem:application-incomplete"),
                        "invalidParams.name", Matchers.containsInAnyOrder("centreNameEn", "researchOutput",
                                "patientOrganisationInvolvement", "conditions[0].carePathway",
                                "conditions[0].yearlyPatients"));
    }
}
