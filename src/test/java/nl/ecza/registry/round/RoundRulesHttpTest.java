package nl.ecza.registry.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.TestClock;
import nl.ecza.registry.support.Tokens;

/**
 * The two holes an outside tester found, closed end to end: a round's deadline cannot be set to a moment already
 * past (so applications cannot be closed early through a PATCH), and an objection period is never shorter than
 * six weeks nor changed after the decision that gave it. Every refusal leaves the round as it was.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoundRulesHttpTest {

    static final int YEAR = 2038;
    static final String LUMC = "05xvt9f17";
    static final List<Integer> REFUSED = List.of(558, 79189, 284963);

    @Inject
    TestClock clock;

    final String secretariat = Tokens.role(Roles.SECRETARIAT);
    final String decisionMaker = Tokens.role(Roles.DECISION_MAKER);
    final String leiden = Tokens.hospital(LUMC);

    String application;

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    String roundEtag() {
        return given().get("/v1/recognition-rounds/{y}", YEAR).then().statusCode(200).extract().header("ETag");
    }

    String applicationEtag() {
        return as(leiden).get("/v1/recognition-rounds/{y}/applications/{id}", YEAR, application).then().statusCode(200)
                .extract().header("ETag");
    }

    void patchRound(Map<String, Object> changes, int status) {
        as(secretariat).header("If-Match", roundEtag()).body(changes).patch("/v1/recognition-rounds/{y}", YEAR).then()
                .statusCode(status);
    }

    /** A refused PATCH: the problem it answers, and the round exactly as before (same body, same ETag). */
    void assertRefusedAndUnchanged(Map<String, Object> changes, int status, String type, String detail) {
        var before = given().get("/v1/recognition-rounds/{y}", YEAR).then().statusCode(200).extract();
        var refusal = as(secretariat).header("If-Match", before.header("ETag")).body(changes)
                .patch("/v1/recognition-rounds/{y}", YEAR)
                .then().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:" + type), "status", equalTo(status));
        if (detail != null) {
            refusal.body("detail", containsString(detail));
        }
        var after = given().get("/v1/recognition-rounds/{y}", YEAR).then().statusCode(200).extract();
        assertEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(before.body().asString(), after.body().asString());
    }

    @Test
    @Order(1)
    void shouldRefuseARoundWithFewerThanSixObjectionWeeksOrADeadlineAlreadyPast() {
        clock.setTo(LocalDateTime.of(YEAR, 1, 10, 9, 0));
        as(secretariat).body(Map.of("year", YEAR, "objectionWeeks", 5)).post("/v1/recognition-rounds").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:invalid-parameters"), "invalidParams.name",
                        contains("objectionWeeks"));
        as(secretariat).body(Map.of("year", YEAR, "applicationDeadline", YEAR + "-01-10T08:59:59.999+01:00"))
                .post("/v1/recognition-rounds").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:round-conflict"), "detail",
                        containsString("must lie in the future"));
        given().get("/v1/recognition-rounds/{y}", YEAR).then().statusCode(404);

        as(secretariat).body(Map.of("year", YEAR)).post("/v1/recognition-rounds").then().statusCode(201)
                .body("objectionWeeks", equalTo(6), "applicationDeadline", equalTo(YEAR + "-03-31T22:00:00Z"));
    }

    @Test
    @Order(2)
    void shouldNotMoveAPlannedRoundsDeadlineIntoThePast() {
        assertRefusedAndUnchanged(Map.of("applicationDeadline", YEAR + "-01-10T08:00:00+01:00"), 409, "round-conflict",
                "must lie in the future");
        patchRound(Map.of("applicationDeadline", YEAR + "-03-15T00:00:00+01:00"), 200);
        patchRound(Map.of("applicationDeadline", YEAR + "-04-01T00:00:00+02:00"), 200);
    }

    @Test
    @Order(3)
    void shouldNotCloseAnOpenRoundEarlyThroughItsDeadline() {
        patchRound(Map.of("state", "open"), 200);
        clock.setTo(LocalDateTime.of(YEAR, 2, 1, 10, 0));
        application = as(leiden).body(RoundWalkthroughTest.content(RoundWalkthroughTest.institutionId(LUMC), "Regels",
                REFUSED.stream().map(RoundWalkthroughTest::condition).toList()))
                .post("/v1/recognition-rounds/{y}/applications", YEAR).then().statusCode(201).extract().path("id");

        // asking to close early is refused, and so is the same thing done through the deadline
        assertRefusedAndUnchanged(Map.of("state", "closedForApplications"), 409, "round-conflict",
                "after the application deadline");
        assertRefusedAndUnchanged(Map.of("applicationDeadline", YEAR + "-02-01T09:59:00+01:00"), 409, "round-conflict",
                "must lie in the future");
        assertRefusedAndUnchanged(Map.of("applicationDeadline", YEAR + "-02-01T09:59:00+01:00", "state",
                "closedForApplications"), 409, "round-conflict", "must lie in the future");
        // nor a minute from now: an open round's deadline is extended, never brought forward
        assertRefusedAndUnchanged(Map.of("applicationDeadline", YEAR + "-02-01T10:01:00+01:00"), 409, "round-conflict",
                "not brought forward");
        given().get("/v1/recognition-rounds/{y}", YEAR).then().body("acceptingApplications", equalTo(true));

        patchRound(Map.of("applicationDeadline", YEAR + "-04-15T00:00:00+02:00"), 200);
        given().get("/v1/recognition-rounds/{y}", YEAR).then()
                .body("applicationDeadline", equalTo(YEAR + "-04-14T22:00:00Z"));
        as(leiden).header("If-Match", applicationEtag())
                .post("/v1/recognition-rounds/{y}/applications/{id}/submission", YEAR, application)
                .then().statusCode(200).body("state", equalTo("submitted"));
    }

    @Test
    @Order(4)
    void shouldRefuseFewerThanSixObjectionWeeks() {
        for (int weeks : List.of(1, 5)) {
            assertRefusedAndUnchanged(Map.of("objectionWeeks", weeks), 400, "invalid-parameters", null);
        }
        as(secretariat).header("If-Match", roundEtag()).body(Map.of("objectionWeeks", 1))
                .patch("/v1/recognition-rounds/{y}", YEAR)
                .then().body("invalidParams.name", contains("objectionWeeks"));
    }

    @Test
    @Order(5)
    void shouldFixEachObjectionWindowWhenTheConditionIsDecided() {
        clock.setTo(LocalDateTime.of(YEAR, 4, 16, 9, 0));
        patchRound(Map.of("state", "closedForApplications"), 200);
        patchRound(Map.of("state", "inAssessment"), 200);
        clock.setTo(LocalDateTime.of(YEAR, 9, 15, 10, 0));
        decideRefused(REFUSED.get(0));
        decideRefused(REFUSED.get(1));
        // a longer period applies to decisions from now on; a shorter one is refused and changes nothing
        patchRound(Map.of("objectionWeeks", 8), 200);
        decideRefused(REFUSED.get(2));
        assertRefusedAndUnchanged(Map.of("objectionWeeks", 1), 400, "invalid-parameters", null);
        patchRound(Map.of("objectionWeeks", 6), 200);

        as(leiden).get("/v1/recognition-rounds/{y}/applications/{id}", YEAR, application).then().statusCode(200)
                .body("conditions.decision.objectionClosesOn",
                        contains(YEAR + "-10-27", YEAR + "-10-27", YEAR + "-11-10"));
    }

    @Test
    @Order(6)
    void shouldAcceptAnObjectionOnTheLastDayAndRefuseItTheDayAfter() {
        clock.setTo(LocalDateTime.of(YEAR, 10, 27, 23, 59));
        object(REFUSED.get(0)).then().statusCode(201);

        clock.setTo(LocalDateTime.of(YEAR, 10, 28, 0, 1));
        object(REFUSED.get(1)).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:objection-conflict"), "detail",
                        containsString(YEAR + "-10-27"));
        // the condition decided under eight weeks keeps them, although the round is back at six
        object(REFUSED.get(2)).then().statusCode(201);
        as(leiden).get("/v1/recognition-rounds/{y}/applications/{id}", YEAR, application).then()
                .body("conditions.findAll { it.objection != null }.orphaCode",
                        contains(REFUSED.get(0), REFUSED.get(2)));
    }

    void decideRefused(int code) {
        as(decisionMaker).header("If-Match", applicationEtag())
                .body(Map.of("outcome", "notRecognised", "reason", "Zorgpad onvoldoende"))
                .put("/v1/recognition-rounds/{y}/applications/{id}/conditions/{c}/decision", YEAR, application, code)
                .then().statusCode(200);
    }

    Response object(int code) {
        return as(leiden).body(Map.of("reason", "Het zorgpad voldoet wel"))
                .post("/v1/recognition-rounds/{y}/applications/{id}/conditions/{c}/objection", YEAR, application, code);
    }
}
