package nl.ecza.registry.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.centre.service.CentreRegistry;
import nl.ecza.registry.centre.service.NewCentre;
import nl.ecza.registry.centre.service.NewRecognition;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.institution.model.Institution;
import nl.ecza.registry.support.CsvParsing;
import nl.ecza.registry.support.TestClock;

/**
 * Open data contains only published data, round-trips as CSV with
 * the attribution, and the statistics agree with the register.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataTest {

    @Inject
    CentreRegistry centres;

    @Inject
    TestClock clock;

    LocalDate today;
    UUID published;
    UUID unpublished;
    int round;

    @BeforeAll
    void centres() {
        today = ClockProducer.today(clock);
        LocalDate decided = today.minusYears(1);
        round = decided.getYear();
        QuarkusTransaction.requiringNew().run(() -> {
            UUID amsterdam = Institution.<Institution>find("rorId", "05grdyy37").firstResult().id;
            published = centres.register(new NewCentre("Opendatatest Aarskog-Scott ü", "Open data test", null, null,
                    Contact.NONE, Contact.NONE, amsterdam, List.of()));
            centres.recognise(new NewRecognition(published, 558, round, decided, decided, null, true));
            LocalDate lapsed = today.minusYears(6);
            centres.recognise(new NewRecognition(published, 79189, lapsed.getYear(), lapsed, lapsed, null, true));
            unpublished = centres.register(new NewCentre("Opendatatest ongepubliceerd", "Open data test unpublished",
                    null, null, Contact.NONE, Contact.NONE, amsterdam, List.of()));
            centres.recognise(new NewRecognition(unpublished, 558, round, decided, decided, null, false));
        });
    }

    @Test
    void shouldListOnlyPublishedRecognitionsValidToday() {
        given().get("/v1/recognitions").then().statusCode(200)
                .header("ETag", Matchers.notNullValue())
                .body("items.findAll { it.centreId == '%s' }.orphaCode".formatted(published), equalTo(List.of(558)),
                        "items.centreId", not(hasItem(unpublished.toString())),
                        "items.find { it.centreId == '%s' }.condition".formatted(published),
                        equalTo("Syndroom van Marfan"),
                        "items.find { it.centreId == '%s' }.validUntil".formatted(published),
                        equalTo(today.minusYears(1).plusYears(5).toString()),
                        "attribution.licence", equalTo("CC BY 4.0"), "attribution.dataVersion", notBlank());
    }

    static Matcher<String> notBlank() {
        return Matchers.not(Matchers.blankOrNullString());
    }

    @Test
    void shouldGiveTheRegisterAsCsvWithTheSameRowsAndTheAttribution() throws IOException {
        JsonPath json = given().get("/v1/recognitions").then().extract().jsonPath();
        byte[] csv = given().header("Accept", "text/csv").get("/v1/recognitions").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv")).extract()
                .asByteArray();
        List<Map<String, String>> rows = CsvParsing.rows(csv);
        assertEquals(json.getInt("total"), rows.size());
        Map<String, String> ours = rows.stream().filter(r -> r.get("centrum-id").equals(published.toString()))
                .findFirst().orElseThrow();
        assertEquals("Opendatatest Aarskog-Scott ü", ours.get("centrum"));
        assertEquals("ORPHA:558", ours.get("ORPHAcode"));
        assertTrue(ours.get("bron").contains("Orphanet")
                && ours.get("bron").contains(json.getString("attribution.dataVersion")), ours.get("bron"));
    }

    @Test
    void shouldPublishTheYearlyListWithoutUnpublishedDecisions() {
        given().get("/v1/recognition-rounds/{y}/published-list", round).then().statusCode(200)
                .body("roundYear", equalTo(round), "items.centreId", hasItem(published.toString()),
                        "items.centreId", not(hasItem(unpublished.toString())));
        // no round was held in 2024 and nothing was recognised then
        given().get("/v1/recognition-rounds/2024/published-list").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/v1/recognition-rounds/20x4/published-list").then().statusCode(400);
    }

    @Test
    void shouldGiveStatisticsThatAgreeWithTheRegister() {
        JsonPath stats = given().get("/v1/statistics").then().statusCode(200).extract().jsonPath();
        int visibleCentres = given().get("/v1/expertise-centres?pageSize=1").then().extract().path("paging.total");
        assertEquals(visibleCentres, stats.getInt("totals.centres"));
        JsonPath register = given().get("/v1/recognitions").then().extract().jsonPath();
        assertEquals(register.getInt("total"), stats.getInt("totals.recognitions"));
        assertEquals(register.getList("items.orphaCode").stream().distinct().count(),
                (long) stats.getInt("totals.recognisedConditions"));
        int vascernMembers = given().get("/v1/european-reference-networks/vascern").then().extract()
                .path("members.size()");
        assertEquals(vascernMembers, stats.getInt("networks.find { it.code == 'vascern' }.centres"));
        String erasmus = given().get("/v1/institutions?q=Erasmus").then().extract().path("items[0].id");
        JsonPath institution = given().get("/v1/institutions/{id}", erasmus).then().extract().jsonPath();
        int atErasmus = institution.getList("leadsCentres").size() + institution.getList("partnerInCentres").size();
        assertEquals(atErasmus, stats.getInt("institutions.find { it.id == '%s' }.centres".formatted(erasmus)));
        int stillValid = stats.getList("roundYears.stillValid", Integer.class).stream()
                .mapToInt(Integer::intValue).sum();
        assertEquals(stats.getInt("totals.recognitions"), stillValid);
        assertTrue(stats.getInt("roundYears.find { it.year == %d }.recognitions".formatted(round)) >= 1);
    }
}
