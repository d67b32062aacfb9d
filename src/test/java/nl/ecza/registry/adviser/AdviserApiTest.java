package nl.ecza.registry.adviser;

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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.ecza.registry.centre.model.Contact;
import nl.ecza.registry.centre.service.CentreRegistry;
import nl.ecza.registry.centre.service.NewCentre;
import nl.ecza.registry.centre.service.NewRecognition;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.ern.model.MembershipType;
import nl.ecza.registry.ern.service.MembershipRegistry;
import nl.ecza.registry.ern.service.NewMembership;
import nl.ecza.registry.institution.model.Institution;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.CsvParsing;
import nl.ecza.registry.support.TestClock;
import nl.ecza.registry.support.Tokens;

/** The care adviser's API: extra fields, expiry filter, hierarchy explanation, exports that round-trip, access. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdviserApiTest {

    static final String NAME = "Adviestest Marfan – Sjögren-Larsson ë";

    @Inject
    CentreRegistry centres;

    @Inject
    MembershipRegistry memberships;

    @Inject
    TestClock clock;

    LocalDate today;
    UUID marfan;
    UUID group;
    final String adviser = Tokens.role(Roles.ADVISER);

    @BeforeAll
    void centres() {
        today = ClockProducer.today(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            UUID erasmus = Institution.<Institution>find("rorId", "018906e22").firstResult().id;
            UUID lumc = Institution.<Institution>find("rorId", "05xvt9f17").firstResult().id;
            UUID umcg = Institution.<Institution>find("rorId", "03cv38k47").firstResult().id;
            marfan = centres.register(new NewCentre(NAME, "Adviser test Marfan", null, null, Contact.NONE,
                    new Contact("+31 10 000 0000", "verwijzers@adviestest.example", "https://adviestest.example"),
                    erasmus, List.of(lumc)));
            LocalDate first = today.minusYears(8);
            centres.recognise(new NewRecognition(marfan, 558, first.getYear(), first, first, null, true));
            LocalDate renewal = today.minusYears(3);
            centres.recognise(new NewRecognition(marfan, 558, renewal.getYear(), renewal, renewal, null, true));
            LocalDate lapsed = today.minusYears(7);
            centres.recognise(new NewRecognition(marfan, 79189, lapsed.getYear(), lapsed, lapsed, null, true));
            LocalDate soon = today.minusYears(5).plusMonths(2);
            centres.recognise(new NewRecognition(marfan, 284963, soon.getYear(), soon, soon, null, true));
            memberships.join(new NewMembership(marfan, "vascern", MembershipType.FULL_MEMBER,
                    today.minusYears(1), null));
            group = centres.register(new NewCentre("Adviestest Marfan-groep", "Adviser test Marfan group", null,
                    null, Contact.NONE, Contact.NONE, umcg, List.of()));
            LocalDate recent = today.minusYears(1);
            centres.recognise(new NewRecognition(group, 284993, recent.getYear(), recent, recent, null, true));
        });
    }

    RequestSpecification asAdviser() {
        return given().header("Authorization", Tokens.bearer(adviser)).header("Accept-Language", "en");
    }

    @Test
    void shouldRequireAnAdviserToken() {
        for (String path : List.of("/v1/adviser/expertise-centres?orphaCode=558",
                "/v1/adviser/conditions/558/expertise-centres",
                "/v1/adviser/exports/expertise-centres?orphaCode=558")) {
            given().get(path).then().statusCode(401).contentType("application/problem+json");
            for (String role : List.of(Roles.SECRETARIAT, Roles.DECISION_MAKER, Roles.ADMIN)) {
                given().header("Authorization", Tokens.bearer(Tokens.role(role))).get(path).then().statusCode(403);
            }
            given().header("Authorization", Tokens.bearer(Tokens.hospital("018906e22"))).get(path).then()
                    .statusCode(403);
        }
    }

    @Test
    void shouldGiveValidityHistoryErnRoleAndEveryInstitution() {
        JsonPath centre = asAdviser().get("/v1/adviser/expertise-centres?orphaCode=558&pageSize=100").then()
                .statusCode(200).header("Cache-Control", containsString("no-store")).extract().jsonPath()
                .setRootPath("items.find { it.id == '%s' }".formatted(marfan));
        assertEquals(NAME, centre.getString("names.nl"));
        assertEquals(today.plusYears(2).toString(),
                centre.getString("recognisedConditions.find { it.orphaCode == 558 }.validUntil"));
        assertEquals(today.minusYears(8).toString(),
                centre.getString("recognisedConditions.find { it.orphaCode == 558 }.recognisedSince"));
        assertEquals(1, centre.getInt("recognisedConditions.find { it.orphaCode == 558 }.renewals"));
        assertEquals("expired", centre.getString("expiredConditions.find { it.orphaCode == 79189 }.reason"));
        assertEquals(today.minusYears(2).toString(),
                centre.getString("expiredConditions.find { it.orphaCode == 79189 }.endedOn"));
        assertEquals(4, centre.getList("history").size());
        assertEquals("fullMember",
                centre.getString("europeanReferenceNetworks.find { it.code == 'vascern' }.membershipType"));
        assertEquals(List.of(true, false), centre.getList("institutions.leading"));
        assertEquals("verwijzers@adviestest.example", centre.getString("professionalContact.email"));
        assertEquals("exact", centre.getString("matches[0].relation"));
    }

    @Test
    void shouldExplainAMatchThroughTheHierarchy() {
        asAdviser().get("/v1/adviser/expertise-centres?orphaCode=558&pageSize=100").then().statusCode(200)
                .body("items.find { it.id == '%s' }.matches[0].relation".formatted(group), equalTo("broader"),
                        "items.find { it.id == '%s' }.matches[0].explanation".formatted(group),
                        containsString("Marfan"));
        asAdviser().get("/v1/adviser/expertise-centres?orphaCode=284993&pageSize=100").then().statusCode(200)
                .body("items.find { it.id == '%s' }.matches[0].relation".formatted(marfan), equalTo("narrower"));
    }

    @Test
    void shouldFindCentresWhoseRecognitionExpiresWithinSomeMonths() {
        asAdviser().get("/v1/adviser/expertise-centres?expiringWithinMonths=3&pageSize=100").then().statusCode(200)
                .body("items.id", hasItem(marfan.toString()), "items.id", not(hasItem(group.toString())));
        asAdviser().get("/v1/adviser/expertise-centres?expiringWithinMonths=1&pageSize=100").then().statusCode(200)
                .body("items.id", not(hasItem(marfan.toString())));
        // with a condition only matching recognitions count: the group
        // finds the centre through its subtype that expires soon
        asAdviser().get("/v1/adviser/expertise-centres?orphaCode=284993&expiringWithinMonths=3&pageSize=100").then()
                .statusCode(200)
                .body("items.id", hasItem(marfan.toString()), "items.id", not(hasItem(group.toString())));
        asAdviser().get("/v1/adviser/expertise-centres?expiringWithinMonths=61").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("expiringWithinMonths"));
    }

    @Test
    void shouldCompareAllCentresForOneConditionSideBySide() {
        asAdviser().get("/v1/adviser/conditions/ORPHA:558/expertise-centres").then().statusCode(200)
                .body("condition.condition.orphaCode", equalTo(558),
                        "centres.find { it.centreId == '%s' }.relation".formatted(marfan), equalTo("exact"),
                        "centres.find { it.centreId == '%s' }.recognisedSince".formatted(marfan),
                        equalTo(today.minusYears(8).toString()),
                        "centres.find { it.centreId == '%s' }.networks".formatted(marfan),
                        hasItem("VASCERN (fullMember)"),
                        "centres.find { it.centreId == '%s' }.relation".formatted(group), equalTo("broader"));
    }

    @Test
    void shouldExportACsvThatRoundTripsWithItsDiacritics() throws IOException {
        byte[] csv = given().header("Authorization", Tokens.bearer(adviser)).header("Accept", "text/csv")
                .header("Accept-Language", "nl")
                .get("/v1/adviser/exports/expertise-centres?orphaCode=558").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        List<Map<String, String>> rows = CsvParsing.rows(csv);
        JsonPath json = given().header("Authorization", Tokens.bearer(adviser)).header("Accept", "application/json")
                .get("/v1/adviser/exports/expertise-centres?orphaCode=558").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> jsonRows = json.getList("rows");
        assertEquals(jsonRows.size(), rows.size(), "the CSV has the rows of the JSON export");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(jsonRows.get(i).get("centreId"), rows.get(i).get("centrum-id"));
            assertEquals(jsonRows.get(i).get("centre"), rows.get(i).get("centrum"));
            assertEquals("ORPHA:" + jsonRows.get(i).get("recognisedOrphaCode"), rows.get(i).get("ORPHAcode"));
            assertEquals(jsonRows.get(i).get("validUntil"), rows.get(i).get("geldig tot"));
        }
        Map<String, String> ours = rows.stream()
                .filter(r -> r.get("centrum-id").equals(marfan.toString()) && r.get("ORPHAcode").equals("ORPHA:558"))
                .findFirst().orElseThrow();
        assertEquals(NAME, ours.get("centrum"), "Dutch name with diacritics and a dash intact");
        assertEquals("exact", ours.get("relatie"));
        assertEquals("Syndroom van Marfan", ours.get("erkende aandoening"));
        assertTrue(ours.get("instellingen").contains("Leiden University Medical Center"), ours.get("instellingen"));
        assertEquals(today.minusYears(8).toString(), ours.get("erkend sinds"));
    }
}
