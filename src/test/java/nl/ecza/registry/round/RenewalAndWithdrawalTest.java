package nl.ecza.registry.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.TestClock;
import nl.ecza.registry.support.Tokens;

/**
 * A renewal extends a running recognition without overlap; withdrawal
 * only before the deadline; maintenance has the round's rules.
 */
@QuarkusTest
class RenewalAndWithdrawalTest {

    static final int YEAR = 2037;

    @Inject
    TestClock clock;

    final String secretariat = Tokens.role(Roles.SECRETARIAT);
    final String decisionMaker = Tokens.role(Roles.DECISION_MAKER);
    final String leiden = Tokens.hospital(RoundWalkthroughTest.LUMC);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    void moveRound(String state) {
        String etag = given().get("/v1/recognition-rounds/{y}", YEAR).header("ETag");
        as(secretariat).header("If-Match", etag).body(Map.of("state", state)).patch("/v1/recognition-rounds/{y}", YEAR)
                .then().statusCode(200);
    }

    String etag(String id) {
        return as(secretariat).get("/v1/recognition-rounds/{y}/applications/{id}", YEAR, id).header("ETag");
    }

    @Test
    void shouldExtendARunningRecognitionWithoutOverlapAndHonourWithdrawalOnlyBeforeTheDeadline() {
        clock.setTo(LocalDateTime.of(YEAR, 1, 10, 9, 0));
        String lumc = RoundWalkthroughTest.institutionId(RoundWalkthroughTest.LUMC);
        String centre = as(secretariat)
                .body(Map.of("nameNl", "Verlengcentrum", "nameEn", "Renewal centre", "leadingInstitutionId", lumc))
                .post("/v1/register/expertise-centres").then().statusCode(201).extract().path("id");
        // history import: recognised in the 2033 round, valid until 1 October 2038
        as(secretariat).body(Map.of("orphaCode", 558, "roundYear", 2033, "decisionDate", "2033-10-01", "validFrom",
                "2033-10-01", "published", true))
                .post("/v1/register/expertise-centres/{c}/recognitions", centre).then().statusCode(201)
                .body("recognitions[0].validUntil", equalTo("2038-10-01"), "recognitions[0].status", equalTo("active"));
        // maintenance follows the round's rules: an inactive code is refused, naming its replacement
        as(secretariat).body(Map.of("orphaCode", 34, "roundYear", 2033, "decisionDate", "2033-10-01", "validFrom",
                "2033-10-01", "published", true))
                .post("/v1/register/expertise-centres/{c}/recognitions", centre).then().statusCode(422)
                .body("type", equalTo("urn:nl:ecza:problem:condition-not-recognisable"), "detail",
                        containsString("ORPHA:79189"));

        as(secretariat).body(Map.of("year", YEAR)).post("/v1/recognition-rounds").then().statusCode(201);
        moveRound("open");
        Map<String, Object> renewal = Map.of("institutionId", lumc, "centreId", centre, "researchOutput", "Publicaties",
                "patientOrganisationInvolvement", "Panel", "conditions", List.of(RoundWalkthroughTest.condition(558)));
        var created = as(leiden).body(renewal).post("/v1/recognition-rounds/{y}/applications", YEAR).then()
                .statusCode(201).extract();
        String application = created.path("id");
        as(leiden).header("If-Match", (String) created.header("ETag"))
                .post("/v1/recognition-rounds/{y}/applications/{id}/submission", YEAR, application).then()
                .statusCode(200);

        // the same centre and condition twice in one round: the second decision must not stack another five years
        var third = as(leiden).body(renewal).post("/v1/recognition-rounds/{y}/applications", YEAR).then()
                .statusCode(201).extract();
        String duplicate = third.path("id");
        as(leiden).header("If-Match", (String) third.header("ETag"))
                .post("/v1/recognition-rounds/{y}/applications/{id}/submission", YEAR, duplicate).then()
                .statusCode(200);
        // staff cannot publish ahead of the round
        as(secretariat).body(Map.of("orphaCode", 79189, "roundYear", YEAR, "decisionDate", YEAR + "-01-10",
                        "validFrom", YEAR + "-01-10", "published", true))
                .post("/v1/register/expertise-centres/{c}/recognitions", centre).then().statusCode(409)
                .body("type", equalTo("urn:nl:ecza:problem:round-conflict"));

        var second = as(leiden).body(renewal).post("/v1/recognition-rounds/{y}/applications", YEAR).then()
                .statusCode(201).extract();
        as(leiden).header("If-Match", (String) second.header("ETag"))
                .post("/v1/recognition-rounds/{y}/applications/{id}/withdrawal", YEAR, (String) second.path("id"))
                .then().statusCode(200).body("state", equalTo("withdrawn"), "withdrawnAt", Matchers.notNullValue());

        clock.setTo(LocalDateTime.of(YEAR, 4, 2, 9, 0));
        as(leiden).header("If-Match", etag(application))
                .post("/v1/recognition-rounds/{y}/applications/{id}/withdrawal", YEAR, application).then()
                .statusCode(409).body("type", equalTo("urn:nl:ecza:problem:application-conflict"), "detail",
                        containsString("1 April " + YEAR));

        moveRound("closedForApplications");
        moveRound("inAssessment");
        clock.setTo(LocalDateTime.of(YEAR, 9, 20, 9, 0));
        as(decisionMaker).header("If-Match", etag(application)).body(Map.of("outcome", "recognised"))
                .put("/v1/recognition-rounds/{y}/applications/{id}/conditions/558/decision", YEAR, application).then()
                .statusCode(200)
                .body("centreId", equalTo(centre), "conditions[0].decision.validFrom", equalTo("2038-10-01"),
                        "conditions[0].decision.validUntil", equalTo("2043-10-01"));
        as(decisionMaker).header("If-Match", etag(duplicate)).body(Map.of("outcome", "recognised"))
                .put("/v1/recognition-rounds/{y}/applications/{id}/conditions/558/decision", YEAR, duplicate).then()
                .statusCode(409).body("type", equalTo("urn:nl:ecza:problem:round-conflict"));
        as(secretariat).get("/v1/register/expertise-centres/{c}", centre).then().statusCode(200)
                .body("recognitions.size()", equalTo(2), "recognitions[1].published", equalTo(false),
                        "recognitions[1].roundYear", equalTo(YEAR));
    }
}
