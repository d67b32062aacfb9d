package nl.ecza.registry.finder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.register.readmodel.RegisterReadModel;
import nl.ecza.registry.support.TestClock;

/** The ERNs and institutions of the public register, and how the read model follows writes it did not see. */
@QuarkusTest
class NetworksAndInstitutionsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RegisterReadModel readModel;

    @Inject
    TestClock clock;

    @Test
    void shouldListThe24NetworksWithDutchAndEnglishNames() {
        given().queryParam("pageSize", 30).get("/v1/european-reference-networks").then().statusCode(200)
                .body("paging.total", equalTo(24))
                .body("items.code", hasItems("bond", "endo-ern", "rnd", "vascern", "ernica", "guard-heart"))
                .body("items.find { it.code == 'vascern' }.name",
                        equalTo("Europees referentienetwerk voor zeldzame multisystemische vaataandoeningen"))
                .body("items.find { it.code == 'vascern' }.nameConfirmed", equalTo(false))
                .body("items.memberCount.sum()", greaterThan(100));
        given().header("Accept-Language", "en").get("/v1/european-reference-networks/BOND").then().statusCode(200)
                .body("name", equalTo("European Reference Network on rare bone disorders"))
                .body("scope", equalTo("Rare bone disorders"))
                .body("orphanetScope.orphaCode", equalTo(List.of(93419)))
                .body("members.size()", greaterThan(3))
                .body("members.membershipType", everyItem(Matchers.in(List.of("fullMember", "associatedNationalCentre",
                        "nationalCoordinationHub", "supportingPartner"))))
                .body("attribution.licence", equalTo("CC BY 4.0"));
        given().get("/v1/european-reference-networks/ern-nope").then().statusCode(404)
                .body("type", equalTo("urn:nl:ecza:problem:ern-not-found"));
    }

    @Test
    void shouldListInstitutionsWithTypesAndFilters() {
        given().queryParam("pageSize", 1).get("/v1/institutions").then().statusCode(200)
                .body("paging.total", equalTo(207));
        JsonPath umcs = given().queryParam("type", "umc").queryParam("pageSize", 100).get("/v1/institutions").then()
                .statusCode(200).extract().jsonPath();
        assertThat(umcs.getList("items.name", String.class), hasItems("Erasmus MC", "Leiden University Medical Center",
                "University Medical Center Groningen", "Radboud University Medical Center",
                "Maastricht University Medical Centre", "University Medical Center Utrecht",
                "Amsterdam University Medical Centers"));
        given().queryParam("province", "fryslan").queryParam("pageSize", 100).get("/v1/institutions").then()
                .statusCode(200).body("items.province", everyItem(equalTo("Fryslân")))
                .body("items.city", hasItem("Leeuwarden"));
        given().queryParam("city", "den haag").queryParam("q", "haga").get("/v1/institutions").then().statusCode(200)
                .body("items.name", equalTo(List.of("Haga Hospital")));
        given().queryParam("type", "hospital").queryParam("withCentres", "maybe").get("/v1/institutions").then()
                .statusCode(400).body("invalidParams.name", equalTo(List.of("type")));
    }

    @Test
    void shouldShowAnInstitutionWithItsPartsAndCentres() {
        UUID erasmus = RegisterFixture.institution(RegisterFixture.ERASMUS_MC);
        given().get("/v1/institutions/" + erasmus).then().statusCode(200)
                .body("name", equalTo("Erasmus MC"))
                .body("type", equalTo("umc"))
                .body("province", equalTo("Zuid-Holland"))
                .body("rorId", equalTo("018906e22"))
                .body("parts.name", hasItems("Erasmus MC - Sophia Children’s Hospital", "Erasmus MC Cancer Institute"))
                .body("leadsCentres.size()", greaterThan(10))
                .body("leadsCentres.demo", hasItem(true));
        UUID sophia = given().queryParam("q", "sophia children").get("/v1/institutions").then().statusCode(200)
                .extract().jsonPath().getUUID("items[0].id");
        given().get("/v1/institutions/" + sophia).then().statusCode(200).body("partOf.name", equalTo("Erasmus MC"));
        given().get("/v1/institutions/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:nl:ecza:problem:institution-not-found"));
        given().get("/v1/institutions/erasmus").then().statusCode(400);
    }

    @Test
    void shouldGiveAnInstitutionsLocationAsAGeoJsonPointInCrs84() {
        UUID erasmus = RegisterFixture.institution(RegisterFixture.ERASMUS_MC);
        // GeoJSON: longitude first (Rotterdam is at 51.9225 N, 4.47917 E)
        given().get("/v1/institutions/" + erasmus).then().statusCode(200)
                .header("Content-Crs", equalTo("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>"))
                .body("location.type", equalTo("Point"))
                .body("location.coordinates", equalTo(List.of(4.47917f, 51.9225f)));
        given().queryParam("crs", "http://www.opengis.net/def/crs/OGC/1.3/CRS84").header("Accept-Crs", "OGC:CRS84")
                .get("/v1/institutions/" + erasmus).then().statusCode(200)
                .header("Content-Crs", equalTo("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>"));
        // the registry transforms nothing: RD (EPSG:28992) is refused, as a parameter (400) or an Accept-Crs (406)
        given().queryParam("crs", "http://www.opengis.net/def/crs/EPSG/9.9.1/28992")
                .get("/v1/institutions/" + erasmus).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:invalid-parameters"))
                .body("invalidParams[0].name", equalTo("crs"));
        given().header("Accept-Crs", "EPSG:28992").get("/v1/institutions/" + erasmus).then()
                .statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:not-acceptable"));
        // responses without geometry carry no Content-Crs
        given().get("/v1/institutions").then().statusCode(200).header("Content-Crs", nullValue());
    }

    @Test
    void shouldReadEveryCrsValueNotTheFirstOnly() {
        String crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
        String institution = "/v1/institutions/" + RegisterFixture.institution(RegisterFixture.ERASMUS_MC);
        // a repeated or empty crs parameter: which one would count?
        given().queryParam("crs", crs84, "EPSG:28992").get(institution).then().statusCode(400)
                .body("type", equalTo("urn:nl:ecza:problem:invalid-parameters"))
                .body("invalidParams[0].name", equalTo("crs"));
        given().queryParam("crs", "").get(institution).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("crs"));
        // Accept-Crs is one list over all its lines: CRS84 anywhere in it (not refused by q=0) is served
        given().header("Accept-Crs", "EPSG:28992").header("Accept-Crs", "OGC:CRS84").get(institution).then()
                .statusCode(200).header("Content-Crs", equalTo("<" + crs84 + ">"));
        given().header("Accept-Crs", "OGC:CRS84").header("Accept-Crs", "EPSG:28992").get(institution).then()
                .statusCode(200);
        given().header("Accept-Crs", "EPSG:28992, OGC:CRS84").get(institution).then().statusCode(200);
        given().header("Accept-Crs", "EPSG:28992;q=1, OGC:CRS84;q=0.5").get(institution).then().statusCode(200);
        given().header("Accept-Crs", "<" + crs84 + ">;q=0, EPSG:28992").get(institution).then().statusCode(406);
        given().header("Accept-Crs", ",").get(institution).then().statusCode(406);
        // a cache must keep answers for different Accept-Crs apart
        given().get(institution).then().statusCode(200)
                .header("Vary", Matchers.allOf(Matchers.containsString("Accept-Crs"),
                        Matchers.containsString("Accept-Language")));
    }

    @Test
    void shouldPickUpAChangeAnotherReplicaCommitted() throws Exception {
        UUID centre = UUID.randomUUID();
        UUID umcg = RegisterFixture.institution(RegisterFixture.UMCG);
        LocalDate today = ClockProducer.today(clock);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("insert into expertise_centre (id, name_nl, name_en, created_at, updated_at) values ('" + centre
                    + "', 'Testcentrum andere replica', 'Test centre other replica', now(), now())");
            s.execute("insert into centre_institution (centre_id, institution_id, is_leading) values ('" + centre
                    + "', '" + umcg + "', true)");
            s.execute("insert into recognition (id, centre_id, orpha_code, round_year, decision_date, valid_from, "
                    + "valid_until, published, created_at) values (gen_random_uuid(), '" + centre + "', 586, "
                    + today.getYear() + ", '" + today + "', '" + today + "', '" + today.plusYears(5)
                    + "', true, now())");
            c.commit();
        }
        given().get("/v1/expertise-centres/" + centre).then().statusCode(404);

        readModel.refresh(); // what the scheduled poll does on the other replicas

        given().get("/v1/expertise-centres/" + centre).then().statusCode(200)
                .body("recognisedConditions[0].orphaCode", equalTo(586));
        assertThat(given().queryParam("q", "taaislijmziekte").queryParam("pageSize", 100)
                .get("/v1/expertise-centres").then()
                .extract().jsonPath().getList("items.id", String.class), hasItem(centre.toString()));
        assertThat(given().queryParam("q", "taaislijmziekte").queryParam("province", "Utrecht")
                .queryParam("pageSize", 100)
                .get("/v1/expertise-centres").then().extract().jsonPath().getList("items.id", String.class),
                not(hasItem(centre.toString())));
    }
}
