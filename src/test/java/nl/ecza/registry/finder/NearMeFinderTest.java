package nl.ecza.registry.finder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.ecza.registry.finder.search.Proximity;

/**
 * "Near me" on the demo register: near=lat,lon orders the found centres by their nearest institution, stably, and
 * refuses anything not written as the contract says. Distances are recomputed here from the institutions' public
 * coordinates, so the test checks the order the API promises, not the code's own arithmetic on its own data.
 */
@QuarkusTest
class NearMeFinderTest {

    private static final String GRONINGEN = "53.2194,6.5665";
    private static final String MAASTRICHT = "50.8514,5.6910";

    private final Map<String, double[]> coordinates = new HashMap<>();

    private static JsonPath listing(String near) {
        var request = given().queryParam("pageSize", 100);
        if (near != null) {
            request.queryParam("near", near);
        }
        return request.when().get("/v1/expertise-centres").then().statusCode(200).extract().jsonPath();
    }

    /** Kilometres from the point to the centre's nearest institution with coordinates; infinity without any. */
    private double nearest(String near, List<String> institutionIds) {
        String[] parts = near.split(",");
        Proximity.Point from = new Proximity.Point(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        double best = Double.POSITIVE_INFINITY;
        for (String id : institutionIds) {
            double[] point = coordinates.computeIfAbsent(id, key -> {
                JsonPath institution = given().get("/v1/institutions/" + key).then().statusCode(200)
                        .extract().jsonPath();
                // GeoJSON Point in CRS84: [longitude, latitude]
                if (institution.get("location") == null) {
                    return new double[0];
                }
                return new double[] {institution.getDouble("location.coordinates[1]"),
                        institution.getDouble("location.coordinates[0]")};
            });
            if (point.length == 2) {
                best = Math.min(best, Proximity.kilometres(from, new Proximity.Point(point[0], point[1])));
            }
        }
        return best;
    }

    private List<Double> distances(JsonPath result, String near) {
        List<Double> distances = new ArrayList<>();
        int count = result.getList("items").size();
        for (int i = 0; i < count; i++) {
            distances.add(nearest(near, result.getList("items[%d].institutions.id".formatted(i), String.class)));
        }
        return distances;
    }

    @Test
    void shouldOrderCentresByTheirNearestInstitutionAndKeepTheRestOfTheAnswer() {
        JsonPath plain = listing(null);
        JsonPath north = listing(GRONINGEN);
        JsonPath south = listing(MAASTRICHT);

        List<Double> fromGroningen = distances(north, GRONINGEN);
        assertThat(fromGroningen.size(), greaterThan(5));
        for (int i = 1; i < fromGroningen.size(); i++) {
            assertThat("centre " + i + " from Groningen", fromGroningen.get(i - 1),
                    lessThanOrEqualTo(fromGroningen.get(i)));
        }
        List<Double> fromMaastricht = distances(south, MAASTRICHT);
        for (int i = 1; i < fromMaastricht.size(); i++) {
            assertThat("centre " + i + " from Maastricht", fromMaastricht.get(i - 1),
                    lessThanOrEqualTo(fromMaastricht.get(i)));
        }
        // the nearest centre is in the north for one point and in the south for the other
        assertThat(fromGroningen.get(0), lessThan(30.0));
        assertThat(fromMaastricht.get(0), lessThan(30.0));
        assertThat(north.getString("items[0].id"), not(equalTo(south.getString("items[0].id"))));
        // only the order changes
        assertThat(north.getInt("paging.total"), equalTo(plain.getInt("paging.total")));
        assertThat(north.getString("attribution.licence"), equalTo(plain.getString("attribution.licence")));
    }

    @Test
    void shouldKeepTheRelevanceOrderOfCentresAtTheSameDistance() {
        List<String> relevance = listing(null).getList("items.id", String.class);
        JsonPath north = listing(GRONINGEN);
        List<String> ids = north.getList("items.id", String.class);
        List<Double> distances = distances(north, GRONINGEN);
        int ties = 0;
        for (int i = 1; i < ids.size(); i++) {
            if (distances.get(i).equals(distances.get(i - 1)) && relevance.contains(ids.get(i))) {
                ties++;
                assertThat(relevance.indexOf(ids.get(i - 1)), lessThan(relevance.indexOf(ids.get(i))));
            }
        }
        // the demo register has several centres at one hospital, so the check above ran
        assertThat(ties, greaterThan(0));
    }

    @Test
    void shouldOrderASearchByDistanceToo() {
        JsonPath result = given().queryParam("q", "marfan").queryParam("near", MAASTRICHT).queryParam("pageSize", 100)
                .when().get("/v1/expertise-centres").then().statusCode(200).extract().jsonPath();
        assertThat(result.getInt("searchedConditions[0].condition.orphaCode"), equalTo(558));
        List<Double> distances = distances(result, MAASTRICHT);
        for (int i = 1; i < distances.size(); i++) {
            assertThat(distances.get(i - 1), lessThanOrEqualTo(distances.get(i)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"90,180", "-90,-180", "0,0", "52.123456,-4.5", "-0.5,0.000001"})
    void shouldAcceptEveryPointOnEarth(String near) {
        given().queryParam("near", near).when().get("/v1/expertise-centres").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"52.1", "52.1,", ",5.1", "+52,5", "52,+5", "91,5", "-90.000001,5", "52,180.5", "52.1;5.1",
        " 52,5", "52 ,5", "52,5,1", "５２,5", "NaN,5", "52,Infinity", "1e1,5", "52.1234567,5", "052,5", "52.,5",
        "52.1,5.1 ", "0x1,5", "٥٢,5"})
    void shouldRefuseAPointNotWrittenAsTheContractSays(String near) {
        given().queryParam("near", near).when().get("/v1/expertise-centres").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:invalid-parameters"), "invalidParams.name",
                        equalTo(List.of("near")));
    }

    @Test
    void shouldNameTheRangeInTheLanguageAsked() {
        given().queryParam("near", "91,5").header("Accept-Language", "en").when().get("/v1/expertise-centres").then()
                .statusCode(400).body("invalidParams[0].reason",
                        equalTo("latitude must be from -90 to 90 and longitude from -180 to 180"));
        given().queryParam("near", "52;5").when().get("/v1/expertise-centres").then().statusCode(400)
                .body("invalidParams[0].reason",
                        equalTo("moet breedtegraad,lengtegraad in decimale graden zijn, met een punt, "
                                + "bijvoorbeeld 52.0907,5.1214"));
    }
}
