package nl.ecza.registry.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.ecza.registry.institution.model.Institution;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.TestClock;
import nl.ecza.registry.support.Tokens;

/**
 * A whole recognition round through HTTP, one token per role: open -> two hospitals draft and submit (a minute
 * before the deadline succeeds, a minute after is refused) -> advice -> decisions (some refused) -> objections
 * within and after six weeks -> publication -> the public finder shows exactly what was recognised, and nothing
 * before publication.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoundWalkthroughTest {

    static final int YEAR = 2035;
    static final String LUMC = "05xvt9f17";
    static final String UMCG = "03cv38k47";
    static final int MARFAN = 558;
    static final int PEROXISOME = 79189;
    static final int MARFAN_TYPE_1 = 284963;

    @Inject
    TestClock clock;

    final String secretariat = Tokens.role(Roles.SECRETARIAT);
    final String decisionMaker = Tokens.role(Roles.DECISION_MAKER);
    final String leiden = Tokens.hospital(LUMC);
    final String groningen = Tokens.hospital(UMCG);

    String leidenApplication;
    String groningenApplication;
    String centreId;

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

    String applicationEtag(String token, String id) {
        return as(token).get("/v1/recognition-rounds/{y}/applications/{id}", YEAR, id).then().statusCode(200).extract()
                .header("ETag");
    }

    void moveRound(String state) {
        as(secretariat).header("If-Match", roundEtag()).body(Map.of("state", state))
                .patch("/v1/recognition-rounds/{y}", YEAR).then().statusCode(200).body("state", equalTo(state));
    }

    static String institutionId(String ror) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Institution.<Institution>find("rorId", ror).firstResult().id.toString());
    }

    static Map<String, Object> content(String institutionId, String name, List<Map<String, Object>> conditions) {
        return Map.of("institutionId", institutionId, "centreNameNl", "Rondecentrum " + name, "centreNameEn",
                "Round centre " + name, "researchOutput", "Cohortstudie, 12 publicaties",
                "patientOrganisationInvolvement", "Adviesraad met de patientenvereniging", "intendedErns",
                List.of("vascern"), "conditions", conditions);
    }

    static Map<String, Object> condition(int code) {
        return Map.of("orphaCode", code, "carePathway", "Zorgpad voor ORPHA:" + code, "yearlyPatients", 40);
    }

    @Test
    @Order(1)
    void shouldOpenTheRoundWithTheDefaultDeadlineOfFirstAprilAmsterdamTime() {
        clock.setTo(LocalDateTime.of(YEAR, 1, 10, 9, 0));
        as(secretariat).header("Idempotency-Key", "round-" + YEAR).body(Map.of("year", YEAR))
                .post("/v1/recognition-rounds").then().statusCode(201)
                .header("Location", containsString("/v1/recognition-rounds/" + YEAR))
                .body("state", equalTo("planned"), "applicationDeadline", equalTo(YEAR + "-03-31T22:00:00Z"),
                        "objectionWeeks", equalTo(6), "acceptingApplications", equalTo(false));
        as(secretariat).body(Map.of("year", YEAR)).post("/v1/recognition-rounds").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:nl:ecza:problem:round-conflict"));
        moveRound("open");
        given().get("/v1/recognition-rounds/{y}", YEAR).then().body("acceptingApplications", equalTo(true));
    }

    @Test
    @Order(2)
    void shouldLetEachHospitalDraftOnlyForItsOwnInstitutionAndOnlyActiveCodes() {
        String lumc = institutionId(LUMC);
        String umcg = institutionId(UMCG);
        as(leiden).body(content(umcg, "vreemd", List.of(condition(MARFAN))))
                .post("/v1/recognition-rounds/{y}/applications", YEAR)
                .then().statusCode(403).body("type", equalTo("urn:nl:ecza:problem:institution-not-represented"));
        as(leiden).body(content(lumc, "Leiden", List.of(condition(34))))
                .post("/v1/recognition-rounds/{y}/applications", YEAR)
                .then().statusCode(422).body("type", equalTo("urn:nl:ecza:problem:condition-not-recognisable"),
                        "detail", containsString("use ORPHA:79189"));
        leidenApplication = as(leiden).body(content(lumc, "Leiden", List.of(condition(MARFAN))))
                .post("/v1/recognition-rounds/{y}/applications", YEAR).then().statusCode(201)
                .body("state", equalTo("draft"), "institution.name", containsString("Leiden"), "conditions[0].name",
                        equalTo("Marfan syndrome"))
                .extract().path("id");
        // editing the draft: three conditions now
        as(leiden).header("If-Match", applicationEtag(leiden, leidenApplication))
                .body(content(lumc, "Leiden",
                        List.of(condition(MARFAN), condition(PEROXISOME), condition(MARFAN_TYPE_1))))
                .put("/v1/recognition-rounds/{y}/applications/{id}", YEAR, leidenApplication).then().statusCode(200)
                .body("conditions.orphaCode", contains(MARFAN, PEROXISOME, MARFAN_TYPE_1));
        groningenApplication = as(groningen).body(content(umcg, "Groningen", List.of(condition(MARFAN))))
                .post("/v1/recognition-rounds/{y}/applications", YEAR).then().statusCode(201).extract().path("id");
        // another institution's application does not exist for a hospital
        as(groningen).get("/v1/recognition-rounds/{y}/applications/{id}", YEAR, leidenApplication).then()
                .statusCode(404).body("type", equalTo("urn:nl:ecza:problem:application-not-found"));
        as(groningen).get("/v1/recognition-rounds/{y}/applications", YEAR).then().statusCode(200)
                .body("items.id", contains(groningenApplication), "paging.total", equalTo(1));
    }

    @Test
    @Order(3)
    void shouldAcceptASubmissionAMinuteBeforeTheDeadlineAndRefuseOneAMinuteAfter() {
        clock.setTo(LocalDateTime.of(YEAR, 3, 31, 23, 59));
        as(leiden).header("If-Match", applicationEtag(leiden, leidenApplication))
                .header("Idempotency-Key", "submit-leiden")
                .post("/v1/recognition-rounds/{y}/applications/{id}/submission", YEAR, leidenApplication).then()
                .statusCode(200).body("state", equalTo("submitted"), "submittedAt", notNullValue());

        clock.setTo(LocalDateTime.of(YEAR, 4, 1, 0, 1));
        as(groningen).header("If-Match", applicationEtag(groningen, groningenApplication))
                .post("/v1/recognition-rounds/{y}/applications/{id}/submission", YEAR, groningenApplication).then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:application-conflict"), "detail",
                        containsString("1 April " + YEAR + ", 00:00 (CEST)"));
        given().header("Authorization", Tokens.bearer(groningen)).header("Accept-Language", "nl")
                .header("If-Match", applicationEtag(groningen, groningenApplication))
                .post("/v1/recognition-rounds/{y}/applications/{id}/submission", YEAR, groningenApplication).then()
                .statusCode(409).body("detail", containsString("1 april " + YEAR + " om 00:00 uur"));
        as(groningen).get("/v1/recognition-rounds/{y}/applications/{id}", YEAR, groningenApplication).then()
                .body("state", equalTo("draft"));
    }

    @Test
    @Order(4)
    void shouldRecordAdviceAndDecisionsPerCondition() {
        moveRound("closedForApplications");
        moveRound("inAssessment");
        for (int code : List.of(MARFAN, PEROXISOME, MARFAN_TYPE_1)) {
            as(secretariat).header("If-Match", applicationEtag(secretariat, leidenApplication))
                    .body(Map.of("outcome", code == MARFAN ? "positive" : "negative", "reason",
                            "Advies van de commissie"))
                    .put("/v1/recognition-rounds/{y}/applications/{id}/conditions/{c}/advice", YEAR,
                            leidenApplication, code)
                    .then().statusCode(200);
        }
        clock.setTo(LocalDateTime.of(YEAR, 9, 15, 10, 0));
        // a decision cannot predate the deadline or lie in the future
        for (String day : List.of(YEAR + "-03-01", YEAR + "-12-01")) {
            as(decisionMaker).header("If-Match", applicationEtag(decisionMaker, leidenApplication))
                    .body(Map.of("outcome", "recognised", "decisionDate", day))
                    .put("/v1/recognition-rounds/{y}/applications/{id}/conditions/{c}/decision", YEAR,
                            leidenApplication, MARFAN)
                    .then().statusCode(400).body("invalidParams[0].name", equalTo("decisionDate"));
        }
        for (int code : List.of(MARFAN, PEROXISOME, MARFAN_TYPE_1)) {
            as(decisionMaker).header("If-Match", applicationEtag(decisionMaker, leidenApplication))
                    .body(Map.of("outcome", code == MARFAN ? "recognised" : "notRecognised"))
                    .put("/v1/recognition-rounds/{y}/applications/{id}/conditions/{c}/decision", YEAR,
                            leidenApplication, code)
                    .then().statusCode(200);
        }
        Response application = as(leiden).get("/v1/recognition-rounds/{y}/applications/{id}", YEAR, leidenApplication);
        application.then().body("conditions[0].advice.outcome", equalTo("positive"),
                "conditions[0].decision.outcome", equalTo("recognised"),
                "conditions[0].decision.validFrom", equalTo(YEAR + "-09-15"), "conditions[0].decision.validUntil",
                equalTo((YEAR + 5) + "-09-15"), "conditions[1].decision.outcome", equalTo("notRecognised"),
                "conditions[1].decision.objectionClosesOn", equalTo(YEAR + "-10-27"),
                "centreId", notNullValue());
        centreId = application.path("centreId");
        moveRound("decided");
    }

    @Test
    @Order(5)
    void shouldTakeObjectionsWithinSixWeeksAndRefuseThemAfterwards() {
        clock.setTo(LocalDateTime.of(YEAR, 10, 27, 16, 0));
        as(leiden).header("Idempotency-Key", "objection-peroxisome").body(Map.of("reason", "Het zorgpad voldoet wel"))
                .post("/v1/recognition-rounds/{y}/applications/{id}/conditions/{c}/objection", YEAR,
                        leidenApplication, PEROXISOME)
                .then().statusCode(201).body("conditions[1].objection.reason", equalTo("Het zorgpad voldoet wel"));
        as(leiden).body(Map.of("reason", "Tegen een erkenning"))
                .post("/v1/recognition-rounds/{y}/applications/{id}/conditions/{c}/objection",
                        YEAR, leidenApplication, MARFAN)
                .then().statusCode(409).body("type", equalTo("urn:nl:ecza:problem:objection-conflict"));

        clock.setTo(LocalDateTime.of(YEAR, 10, 28, 9, 0));
        as(leiden).body(Map.of("reason", "Te laat"))
                .post("/v1/recognition-rounds/{y}/applications/{id}/conditions/{c}/objection",
                        YEAR, leidenApplication, MARFAN_TYPE_1)
                .then().statusCode(409)
                .body("type", equalTo("urn:nl:ecza:problem:objection-conflict"),
                        "detail", containsString(YEAR + "-10-27"));
    }

    @Test
    @Order(6)
    void shouldShowNothingInTheFinderBeforePublication() {
        given().get("/v1/expertise-centres/{id}", centreId).then().statusCode(404);
        given().get("/v1/expertise-centres?orphaCode=558&pageSize=100").then().statusCode(200)
                .body("items.id", not(hasItem(centreId)));
        given().get("/v1/recognition-rounds/{y}/published-list", YEAR).then().statusCode(404);
        given().get("/v1/recognitions").then().statusCode(200).body("items.centreId", not(hasItem(centreId)));
    }

    @Test
    @Order(7)
    void shouldShowExactlyTheRecognisedConditionsOncePublished() {
        moveRound("published");
        given().get("/v1/expertise-centres/{id}", centreId).then().statusCode(200)
                .body("recognisedConditions.orphaCode", contains(MARFAN),
                        "recognisedConditions[0].roundYear", equalTo(YEAR),
                        "institutions[0].name", containsString("Leiden"));
        given().get("/v1/expertise-centres?orphaCode=558&pageSize=100").then().body("items.id", hasItem(centreId));
        given().get("/v1/recognition-rounds/{y}/published-list", YEAR).then().statusCode(200)
                .body("items.findAll { it.centreId == '%s' }.orphaCode".formatted(centreId), contains(MARFAN));
        // refused and under objection: still not public
        given().get("/v1/expertise-centres?orphaCode=79189&pageSize=100").then()
                .body("items.id", not(hasItem(centreId)));
    }

    @Test
    @Order(8)
    void shouldRecogniseAndPublishAConditionWhoseRefusalWasOverturnedOnObjection() {
        clock.setTo(LocalDateTime.of(YEAR, 12, 1, 11, 0));
        as(decisionMaker).header("If-Match", applicationEtag(decisionMaker, leidenApplication))
                .body(Map.of("outcome", "upheld", "reason", "Zorgpad alsnog voldoende"))
                .put("/v1/recognition-rounds/{y}/applications/{id}/conditions/{c}/objection/outcome", YEAR,
                        leidenApplication, PEROXISOME)
                .then().statusCode(200).body("conditions[1].objection.outcome", equalTo("upheld"),
                        "conditions[1].decision.recognitionId", notNullValue());
        given().get("/v1/expertise-centres/{id}", centreId).then().statusCode(200)
                .body("recognisedConditions.orphaCode", containsInAnyOrder(MARFAN, PEROXISOME));
    }

    @Test
    @Order(9)
    void shouldHaveAnAuditTrailOfEveryStepForStaffOnly() {
        as(secretariat).get("/v1/audit-events?entityType=application&entityId={id}&pageSize=100", leidenApplication)
                .then().statusCode(200)
                .body("events.action", hasItems("application.created", "application.changed", "application.submitted",
                        "application.advised", "application.decided", "objection.lodged", "objection.decided"),
                        "events.find { it.action == 'application.submitted' }.actor",
                        containsString("hospital-" + LUMC),
                        "events.find { it.action == 'application.submitted' }.before.state", equalTo("draft"),
                        "events.find { it.action == 'application.submitted' }.after.state", equalTo("submitted"),
                        // date-times in UTC (decision 0024)
                        "events.occurredAt", everyItem(endsWith("Z")));
        as(leiden).get("/v1/audit-events").then().statusCode(403).contentType("application/problem+json");
        as(secretariat).get("/v1/audit-events?entityType=recognition&pageSize=100").then().statusCode(200)
                .body("events.action", hasItems("recognition.created", "recognition.published"));
    }
}
