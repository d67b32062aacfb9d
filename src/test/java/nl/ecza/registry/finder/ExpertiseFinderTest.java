package nl.ecza.registry.finder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.text.Collator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.ecza.registry.centre.service.CentreRegistry;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.ern.service.MembershipRegistry;
import nl.ecza.registry.support.TestClock;

/** The public finder on the demo register plus known test centres (RegisterFixture). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpertiseFinderTest {

    @Inject
    CentreRegistry centres;

    @Inject
    MembershipRegistry memberships;

    @Inject
    TestClock clock;

    private RegisterFixture fixture;

    @BeforeAll
    void registerTestCentres() {
        LocalDate today = ClockProducer.today(clock);
        fixture = QuarkusTransaction.requiringNew().call(() -> RegisterFixture.create(centres, memberships, today));
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private static JsonPath find(String parameter, Object value) {
        return given().queryParam(parameter, value).queryParam("pageSize", 100).when()
                .get("/v1/expertise-centres").then().statusCode(200).extract().jsonPath();
    }

    private static int position(JsonPath result, UUID centre) {
        return result.getList("items.id", String.class).indexOf(centre.toString());
    }

    @Test
    void shouldFindACentreRecognisedForAGroupByADisorderInsideIt() {
        JsonPath result = find("orphaCode", RegisterFixture.MARFAN);

        assertThat(result.getString("items.find { it.id == '%s' }.matches[0].relation".formatted(fixture.group)),
                equalTo("broader"));
        assertThat(result.getInt("items.find { it.id == '%s' }.matches[0].recognisedCondition.orphaCode"
                .formatted(fixture.group)), equalTo(RegisterFixture.MARFAN_GROUP));
        assertThat(result.getInt("items.find { it.id == '%s' }.matches[0].distance"
                .formatted(fixture.group)), equalTo(1));
        assertThat(result.getString("items.find { it.id == '%s' }.matches[0].explanation".formatted(fixture.group)),
                equalTo("Erkend voor Syndroom van Marfan en Marfan-gerelateerde aandoeningen, een bredere categorie "
                        + "waar Syndroom van Marfan onder valt."));
        // exact matches rank first
        assertThat(result.getString("items.find { it.id == '%s' }.matches[0].relation".formatted(fixture.marfan)),
                equalTo("exact"));
        assertThat(position(result, fixture.marfan), lessThan(position(result, fixture.group)));
        List<String> relations = result.getList("items.collect { it.matches[0].relation }", String.class);
        assertThat(relations.lastIndexOf("exact"), lessThan(relations.indexOf("broader")));
    }

    @Test
    void shouldFindACentreRecognisedForADisorderByTheGroupAroundIt() {
        JsonPath result = find("orphaCode", RegisterFixture.MARFAN_GROUP);

        assertThat(result.getString("items.find { it.id == '%s' }.matches[0].relation".formatted(fixture.group)),
                equalTo("exact"));
        assertThat(result.getString("items.find { it.id == '%s' }.matches[0].relation".formatted(fixture.marfan)),
                equalTo("narrower"));
        assertThat(result.getInt("items.find { it.id == '%s' }.matches[0].recognisedCondition.orphaCode"
                .formatted(fixture.marfan)), equalTo(RegisterFixture.MARFAN));
        assertThat(position(result, fixture.group), lessThan(position(result, fixture.marfan)));
    }

    @Test
    void shouldGiveASubtypeTheCentresOfItsDisorderAndGroupNearestFirst() {
        JsonPath result = find("orphaCode", RegisterFixture.MARFAN_TYPE_1);

        assertThat(result.getInt("items.find { it.id == '%s' }.matches[0].distance"
                .formatted(fixture.marfan)), equalTo(1));
        assertThat(result.getInt("items.find { it.id == '%s' }.matches[0].distance"
                .formatted(fixture.group)), equalTo(2));
        assertThat(position(result, fixture.marfan), lessThan(position(result, fixture.group)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Syndroom van Marfan", "MFS", "marfn syndrome", "ORPHA:558", "marfan"})
    void shouldFindTheSameCentreByDutchNameSynonymMisspellingAndCode(String q) {
        JsonPath result = find("q", q);

        assertThat(result.getInt("searchedConditions[0].condition.orphaCode"), equalTo(RegisterFixture.MARFAN));
        assertThat(result.getString("items.find { it.id == '%s' }.matches[0].relation".formatted(fixture.marfan)),
                equalTo("exact"));
        assertThat(result.getInt("items.find { it.id == '%s' }.matches[0].recognisedCondition.orphaCode"
                .formatted(fixture.marfan)), equalTo(RegisterFixture.MARFAN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q87.4", "ld28.01"})
    void shouldFindTheCentresOfTheConditionsAlignedWithAnIcdCode(String q) {
        JsonPath result = find("q", q);

        assertThat(result.getInt("searchedConditions[0].condition.orphaCode"), equalTo(RegisterFixture.MARFAN));
        assertThat(result.getString("searchedConditions[0].match.type"), equalTo("icdCode"));
        assertThat(result.getString("items.find { it.id == '%s' }.matches[0].relation".formatted(fixture.marfan)),
                equalTo("exact"));
    }

    @Test
    void shouldSearchByADutchSynonymOfAConditionWithoutADutchName() {
        // Facioscapulohumeral dystrophy has no Dutch name in the 2025 pack; its Dutch synonyms are in the shipped pack.
        JsonPath result = find("q", "FSH-dystrofie");

        assertThat(result.getInt("searchedConditions[0].condition.orphaCode"), equalTo(269));
        assertThat(result.getString("searchedConditions[0].match.type"), equalTo("exact"));
        assertThat(result.getString("searchedConditions[0].match.term"), equalTo("FSH-dystrofie"));
        assertThat(result.getString("searchedConditions[0].match.language"), equalTo("nl"));
        assertThat(result.getString("searchedConditions[0].match.termType"), equalTo("synonym"));
    }

    @Test
    void shouldSearchTheConditionWhoseNameBeginsWithTheTextFirst() {
        // "Pure or complex hereditary spastic paraplegia" has both words whole; the user is still typing "or...".
        JsonPath result = find("q", "hereditary or");

        assertThat(result.getInt("searchedConditions[0].condition.orphaCode"), equalTo(30));
        assertThat(result.getString("searchedConditions[0].match.term"), equalTo("Hereditary orotic aciduria"));
        assertThat(result.getList("searchedConditions.condition.orphaCode", Integer.class), hasItem(320_335));
    }

    @Test
    void shouldFindNoCentreForAnUnknownIcdCode() {
        JsonPath result = find("q", "Z99.9");

        assertThat(result.getList("items"), hasSize(0));
        assertThat(result.getList("searchedConditions"), hasSize(0));
    }

    @Test
    void shouldFindCentresByABritishSpelling() {
        // "acidaemia" meets Orphanet's "Pipecolic acidemia" (deprecated), searched as its replacement.
        JsonPath result = find("q", "Pipecolic acidaemia");

        assertThat(result.getInt("searchedConditions[0].condition.orphaCode"),
                equalTo(RegisterFixture.PEROXISOME_BIOGENESIS));
        assertThat(result.getInt("searchedConditions[0].redirectedFrom.orphaCode"),
                equalTo(RegisterFixture.PIPECOLIC_ACIDEMIA_DEPRECATED));
        assertThat(result.getString("searchedConditions[0].match.type"), equalTo("exact"));
        assertThat(result.getString("items.find { it.id == '%s' }.matches[0].relation".formatted(fixture.peroxisome)),
                equalTo("exact"));
    }

    @Test
    void shouldNeverShowExpiredWithdrawnUnpublishedOrNotYetValidRecognitions() {
        for (String[] query : List.of(new String[] {"orphaCode", "558"}, new String[] {"orphaCode", "284993"},
                new String[] {"q", "marfan"}, new String[] {"q", "Testcentrum"})) {
            List<String> ids = find(query[0], query[1]).getList("items.id", String.class);
            for (UUID hidden : fixture.invisible()) {
                assertThat(query[1], ids, not(hasItem(hidden.toString())));
            }
        }
        List<String> all = given().queryParam("pageSize", 100).when().get("/v1/expertise-centres").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        for (UUID hidden : fixture.invisible()) {
            assertThat(all, not(hasItem(hidden.toString())));
            given().when().get("/v1/expertise-centres/" + hidden).then().statusCode(404)
                    .body("type", equalTo("urn:nl:ecza:problem:centre-not-found"));
        }
    }

    @Test
    void shouldFollowTheServiceClock() {
        clock.shift(Duration.ofDays(100));
        assertThat(find("orphaCode", 558).getList("items.id", String.class), hasItem(fixture.future.toString()));
        given().when().get("/v1/expertise-centres/" + fixture.future).then().statusCode(200);

        clock.shift(Duration.ofDays(-70));
        assertThat(find("orphaCode", 558).getList("items.id", String.class), not(hasItem(fixture.marfan.toString())));

        clock.reset();
        assertThat(find("orphaCode", 558).getList("items.id", String.class), hasItem(fixture.marfan.toString()));
    }

    /** A centre's fixed fields are encoded once per day and language (CentreSummaries): never another day's. */
    @Test
    void shouldShowEachCentreAsItIsThatDayInTheLanguageAsked() {
        String centre = "items.find { it.id == '%s' }".formatted(fixture.marfan);
        JsonPath today = find("orphaCode", RegisterFixture.MARFAN);
        assertThat(today.getString(centre + ".name"), equalTo("Testcentrum Marfan"));
        assertThat(today.getList(centre + ".europeanReferenceNetworks.code", String.class),
                equalTo(List.of("vascern")));
        assertThat(today.getString(centre + ".matches[0].relation"), equalTo("exact"));
        JsonPath english = given().header("Accept-Language", "en").queryParam("orphaCode", RegisterFixture.MARFAN)
                .queryParam("pageSize", 100).when().get("/v1/expertise-centres").then().statusCode(200).extract()
                .jsonPath();
        assertThat(english.getString(centre + ".name"), equalTo("Test centre Marfan"));
        assertThat(english.getString(centre + ".matches[0].recognisedCondition.name"), equalTo("Marfan syndrome"));

        // Before its membership began: the same centre, no network.
        clock.shift(Duration.ofDays(-40));
        JsonPath before = find("orphaCode", RegisterFixture.MARFAN);
        assertThat(before.getString(centre + ".name"), equalTo("Testcentrum Marfan"));
        assertThat(before.getList(centre + ".europeanReferenceNetworks.code", String.class), equalTo(List.of()));

        clock.reset();
        assertThat(find("orphaCode", RegisterFixture.MARFAN).getList(centre + ".europeanReferenceNetworks.code",
                String.class), equalTo(List.of("vascern")));
    }

    @Test
    void shouldRedirectADeprecatedCodeToItsReplacementAndSaySo() {
        JsonPath result = find("orphaCode", "ORPHA:" + RegisterFixture.PIPECOLIC_ACIDEMIA_DEPRECATED);

        assertThat(result.getInt("searchedConditions[0].condition.orphaCode"),
                equalTo(RegisterFixture.PEROXISOME_BIOGENESIS));
        assertThat(result.getInt("searchedConditions[0].redirectedFrom.orphaCode"),
                equalTo(RegisterFixture.PIPECOLIC_ACIDEMIA_DEPRECATED));
        assertThat(result.getString("searchedConditions[0].redirection"), equalTo("movedTo"));
        assertThat(result.getString("items.find { it.id == '%s' }.matches[0].relation".formatted(fixture.peroxisome)),
                equalTo("exact"));
    }

    @Test
    void shouldServeACentreWithInstitutionsConditionsMembershipsAndContact() {
        given().when().get("/v1/expertise-centres/" + fixture.marfan).then().statusCode(200)
                .body("name", equalTo("Testcentrum Marfan"))
                .body("names.en", equalTo("Test centre Marfan"))
                .body("institutions[0].leading", equalTo(true))
                .body("institutions[0].name", equalTo("Leiden University Medical Center"))
                .body("institutions[1].name", equalTo("Maastricht University Medical Centre"))
                .body("institutions[1].leading", equalTo(false))
                .body("recognisedConditions.orphaCode", equalTo(List.of(RegisterFixture.MARFAN)))
                .body("recognisedConditions[0].name", equalTo("Syndroom van Marfan"))
                .body("recognisedConditions[0].validUntil",
                        equalTo(ClockProducer.today(clock).minusMonths(2).plusYears(5).toString()))
                .body("europeanReferenceNetworks[0].code", equalTo("vascern"))
                .body("europeanReferenceNetworks[0].membershipType", equalTo("fullMember"))
                .body("patientContact.email", equalTo("patienten@example.org"))
                .body("demo", equalTo(false))
                .body("attribution.licence", equalTo("CC BY 4.0"));
        given().header("Accept-Language", "en").when().get("/v1/expertise-centres/" + fixture.marfan).then()
                .statusCode(200).body("name", equalTo("Test centre Marfan"))
                .body("recognisedConditions[0].name", equalTo("Marfan syndrome"));
    }

    @Test
    void shouldFilterByNetworkInstitutionCityAndProvince() {
        JsonPath vascern = given().queryParam("orphaCode", 558).queryParam("ern", "vascern").queryParam("pageSize", 100)
                .get("/v1/expertise-centres").then().statusCode(200).extract().jsonPath();
        assertThat(vascern.getList("items.id", String.class), hasItem(fixture.marfan.toString()));
        assertThat(vascern.getList("items.id", String.class), not(hasItem(fixture.group.toString())));
        for (List<String> networks : vascern.<List<String>>getList("items.europeanReferenceNetworks.code")) {
            assertThat(networks, hasItem("vascern"));
        }
        JsonPath inLeiden = given().queryParam("orphaCode", 558).queryParam("city", "leiden")
                .queryParam("pageSize", 100).get("/v1/expertise-centres").then().statusCode(200).extract().jsonPath();
        assertThat(inLeiden.getList("items.id", String.class), hasItem(fixture.marfan.toString()));
        assertThat(inLeiden.getList("items.id", String.class), not(hasItem(fixture.group.toString())));
        JsonPath viaPartner = given().queryParam("orphaCode", 558)
                .queryParam("institution", RegisterFixture.institution(RegisterFixture.MAASTRICHT))
                .queryParam("pageSize", 100).get("/v1/expertise-centres").then().statusCode(200).extract().jsonPath();
        assertThat(viaPartner.getList("items.id", String.class), hasItem(fixture.marfan.toString()));
        JsonPath southHolland = given().queryParam("orphaCode", 558).queryParam("province", "zuid-holland")
                .queryParam("pageSize", 100).get("/v1/expertise-centres").then().statusCode(200).extract().jsonPath();
        assertThat(southHolland.getList("items.id", String.class),
                hasItems(fixture.marfan.toString(), fixture.group.toString()));
        assertThat(southHolland.getList("items.institutions.province.flatten()", String.class),
                hasItem("Zuid-Holland"));
    }

    /**
     * The finder pages through the hierarchy postings without computing the whole result: small pages must add up
     * to the same list as one large page, with the same total, and the total must count each centre once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"orphaCode=98053", "q=cardiomyopathy", "q=syndroom",
            "orphaCode=98053&province=Zuid-Holland"})
    void shouldPageTheSameRankingWhateverThePageSize(String search) {
        JsonPath whole = given().get("/v1/expertise-centres?" + search + "&pageSize=100").then().statusCode(200)
                .extract().jsonPath();
        int total = whole.getInt("paging.total");
        assertThat(search, total, greaterThan(0));
        List<String> first = whole.getList("items.id", String.class);
        List<String> paged = new ArrayList<>();
        for (int page = 1; paged.size() < first.size(); page++) {
            JsonPath p = given().get("/v1/expertise-centres?" + search + "&pageSize=7&page=" + page).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(search, p.getInt("paging.total"), equalTo(total));
            paged.addAll(p.getList("items.id", String.class));
        }
        assertThat(search, paged.subList(0, first.size()), equalTo(first));
        List<String> all = new ArrayList<>(first);
        for (int page = 2; all.size() < total; page++) {
            List<String> more = given().get("/v1/expertise-centres?" + search + "&pageSize=100&page=" + page).then()
                    .statusCode(200).extract().jsonPath().getList("items.id", String.class);
            assertThat(search + " page " + page, more.isEmpty(), equalTo(false));
            all.addAll(more);
        }
        assertThat(search, all.size(), equalTo(total));
        assertThat(search + ": each centre once", Set.copyOf(all).size(), equalTo(total));
        List<String> relations = whole.getList("items.matches[0].relation", String.class);
        List<String> order = List.of("exact", "broader", "narrower");
        for (int i = 1; i < relations.size(); i++) {
            assertThat(search + " at " + i, order.indexOf(relations.get(i - 1)),
                    lessThan(order.indexOf(relations.get(i)) + 1));
        }
    }

    @Test
    void shouldListAllVisibleCentresByNameWithATotal() {
        JsonPath first = given().queryParam("pageSize", 10).get("/v1/expertise-centres").then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getInt("paging.total"), greaterThan(200));
        assertThat(first.getList("searchedConditions").size(), equalTo(0));
        assertThat(first.getList("items.matches.flatten()").size(), equalTo(0));
        List<String> names = first.getList("items.name", String.class);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Collator.getInstance(Locale.forLanguageTag("nl")));
        assertThat("by Dutch name", names, equalTo(sorted));
    }

    /**
     * The centres of one recognised condition come in the name order of the response's language, with a filter too:
     * two centres whose Dutch and English names sort in opposite orders.
     */
    @Test
    void shouldListTheCentresOfAConditionInTheNameOrderOfTheLanguage() {
        int code = 79318;
        LocalDate today = ClockProducer.today(clock);
        List<UUID> pair = QuarkusTransaction.requiringNew().call(() -> {
            UUID strawberry = RegisterFixture.centre(centres, "Testcentrum Aardbei", "Test centre Zebra",
                    RegisterFixture.UMCG);
            UUID sunflower = RegisterFixture.centre(centres, "Testcentrum Zonnebloem", "Test centre Apple",
                    RegisterFixture.UMCG);
            centres.recognise(RegisterFixture.recognition(strawberry, code, today.minusMonths(3), true));
            centres.recognise(RegisterFixture.recognition(sunflower, code, today.minusMonths(3), true));
            return List.of(strawberry, sunflower);
        });
        for (String filter : List.of("", "groningen")) {
            for (String language : List.of("nl", "en")) {
                var request = given().header("Accept-Language", language).queryParam("orphaCode", code)
                        .queryParam("pageSize", 100);
                if (!filter.isEmpty()) {
                    request = request.queryParam("city", filter);
                }
                JsonPath result = request.get("/v1/expertise-centres").then().statusCode(200).extract().jsonPath();
                boolean dutch = language.equals("nl");
                assertThat(language + " " + filter, position(result, pair.get(dutch ? 0 : 1)),
                        lessThan(position(result, pair.get(dutch ? 1 : 0))));
                assertThat(position(result, pair.get(0)), not(equalTo(-1)));
            }
        }
    }

    @Test
    void shouldRefuseBadFinderParametersNamingEach() {
        given().queryParam("orphaCode", 558).queryParam("q", "marfan").get("/v1/expertise-centres").then()
                .statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", equalTo(List.of("q")));
        given().queryParam("orphaCode", "ORPHA:x").queryParam("ern", "nope").queryParam("province", "Brabant")
                .queryParam("institution", "123").get("/v1/expertise-centres").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("orphaCode", "ern", "institution", "province")));
        given().queryParam("institution", UUID.randomUUID()).get("/v1/expertise-centres").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("institution")));
        given().queryParam("orphaCode", 999999999).get("/v1/expertise-centres").then().statusCode(404)
                .body("type", equalTo("urn:nl:ecza:problem:condition-not-found"));
        given().get("/v1/expertise-centres/not-a-uuid").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("centreId")));
        given().get("/v1/expertise-centres/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldCacheByVersionAndDayAndOpenOnlyToConfiguredWebsites() {
        String etag = given().queryParam("orphaCode", 558).get("/v1/expertise-centres").then().statusCode(200)
                .header("Cache-Control", "max-age=300, public").extract().header("ETag");
        given().queryParam("orphaCode", 558).header("If-None-Match", etag).get("/v1/expertise-centres").then()
                .statusCode(304);
        clock.shift(Duration.ofDays(1));
        given().queryParam("orphaCode", 558).header("If-None-Match", etag).get("/v1/expertise-centres").then()
                .statusCode(200);
        clock.reset();

        given().header("Origin", "https://www.expertisezoeker.example")
                .get("/v1/expertise-centres/" + fixture.marfan).then()
                .statusCode(200).header("Access-Control-Allow-Origin", "https://www.expertisezoeker.example");
        given().header("Origin", "https://elsewhere.example").get("/v1/expertise-centres/" + fixture.marfan).then()
                .statusCode(200).header("Access-Control-Allow-Origin", (String) null);
        given().header("Origin", "https://www.expertisezoeker.example").header("Access-Control-Request-Method", "GET")
                .options("/v1/expertise-centres").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://www.expertisezoeker.example");
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .options("/v1/expertise-centres").then().statusCode(403).contentType("application/problem+json");
        given().header("Origin", "https://elsewhere.example").get("/v1/openapi.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
    }
}
