package nl.ecza.registry.nomenclature;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ConditionResourceTest {

    private static final String DATA_VERSION = "1.3.42 / 4.1.8 [2025-03-03]";

    @Test
    void shouldServeMarfanSyndromeWithItsEnglishAndDutchNames() {
        given().when().get("/v1/conditions/558").then().statusCode(200)
                .header("Content-Language", "nl")
                .body("id", equalTo("ORPHA:558"))
                .body("name", equalTo("Syndroom van Marfan"))
                .body("names.en", equalTo("Marfan syndrome"))
                .body("names.nl", equalTo("Syndroom van Marfan"))
                .body("synonyms.en", equalTo(List.of("MFS")))
                .body("classificationLevel", equalTo("disorder"))
                .body("typology.names.en", equalTo("Disease"))
                .body("typology.name", equalTo("Ziekte"))
                .body("status", equalTo("active"))
                .body("replacement", nullValue())
                .body("aggregationLevel.orphaCode", equalTo(558))
                .body("parents.orphaCode", hasItems(284993))
                .body("attribution.licence", equalTo("CC BY 4.0"))
                .body("attribution.dataVersion", equalTo(DATA_VERSION))
                .body("attribution.text", startsWith("Orphadata: Free access data from Orphanet. © INSERM 1999."));
        given().header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5").when().get("/v1/conditions/558").then()
                .statusCode(200).header("Content-Language", "en")
                .body("name", equalTo("Marfan syndrome"))
                .body("typology.name", equalTo("Disease"));
    }

    @Test
    void shouldServeTheDutchSynonymsOfTheShippedPack() {
        given().when().get("/v1/conditions/586").then().statusCode(200)
                .body("names.nl", equalTo("Taaislijmziekte"))
                .body("synonyms.nl", equalTo(List.of("CF", "Cystische fibrose", "Mucoviscidose")));
        given().when().get("/v1/conditions/583").then().statusCode(200)
                .body("synonyms.nl", hasItems("Ziekte van Maroteaux-Lamy", "MPS6"));
        // No entity in the Dutch file, so no Dutch name: its synonyms come from ORPHA_synonyms_nl.tsv.
        given().when().get("/v1/conditions/269").then().statusCode(200)
                .body("names.nl", nullValue())
                .body("names.en", equalTo("Facioscapulohumeral dystrophy"))
                .body("synonyms.nl", equalTo(List.of("Dystrofie van Landouzy-Dejerine", "FSH-dystrofie", "FSHD",
                        "Facioscapulohumerale myopathie", "Facioscapulohumerale spierdystrofie",
                        "Myopathie van Landouzy-Dejerine")));
    }

    @Test
    void shouldFallBackToEnglishWhereOrphanetHasNoDutchName() {
        given().when().get("/v1/conditions/522554").then().statusCode(200)
                .body("names.nl", nullValue())
                .body("name", equalTo("Syndromic genetic ectopia lentis"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"558", "ORPHA:558", "orpha:558", "Orpha:558"})
    void shouldAcceptEverySpellingOfAnOrphaCode(String code) {
        given().when().get("/v1/conditions/" + code).then().statusCode(200).body("orphaCode", equalTo(558));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "ORPHA:", "0", "-558", "ORPHA:55a8", "1234567890"})
    void shouldRefuseAMalformedCodeWithAProblem(String code) {
        given().when().get("/v1/conditions/" + code).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:invalid-orpha-code"))
                .body("status", equalTo(400))
                .body("invalidParams[0].name", equalTo("orphaCode"));
    }

    @Test
    void shouldAnswerAnUnknownCodeWithNotFound() {
        given().header("Accept-Language", "en").when().get("/v1/conditions/ORPHA:999999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:condition-not-found"))
                .body("title", equalTo("Condition not found"))
                .body("detail", equalTo("ORPHA:999999999 is not in the Orphanet nomenclature (version "
                        + DATA_VERSION + ")."))
                .body("instance", equalTo("/v1/conditions/ORPHA:999999999"));
    }

    @Test
    void shouldNameTheReplacementOfADeprecatedCode() {
        given().header("Accept-Language", "en").when().get("/v1/conditions/34").then().statusCode(200)
                .body("status", equalTo("deprecated"))
                .body("flagValue", equalTo(8449))
                .body("replacement.orphaCode", equalTo(79189))
                .body("replacement.id", equalTo("ORPHA:79189"))
                .body("replacement.name", equalTo("Peroxisome biogenesis disorder"))
                .body("replacement.association", equalTo("movedTo"));
        given().when().get("/v1/conditions/719").then().statusCode(200)
                .body("status", equalTo("obsolete"))
                .body("replacement.orphaCode", equalTo(1410))
                .body("replacement.association", equalTo("referredTo"));
    }

    @Test
    void shouldListTheChildrenOfAGroupAndTheAggregationLevelOfASubtype() {
        given().when().get("/v1/conditions/284993").then().statusCode(200)
                .body("classificationLevel", equalTo("groupOfDisorders"))
                .body("aggregationLevel", nullValue())
                .body("children.orphaCode", hasItems(558, 284979))
                .body("children.find { it.orphaCode == 558 }.name", equalTo("Syndroom van Marfan"));
        given().when().get("/v1/conditions/284963").then().statusCode(200)
                .body("classificationLevel", equalTo("subtypeOfDisorder"))
                .body("parents.orphaCode", equalTo(List.of(558)))
                .body("aggregationLevel.orphaCode", equalTo(558));
    }

    @Test
    void shouldPageAncestorsNearestFirst() {
        JsonPath all = given().queryParam("pageSize", 100).when().get("/v1/conditions/558/ancestors").then()
                .statusCode(200).body("condition.orphaCode", equalTo(558))
                .body("items[0].distance", equalTo(1))
                .body("attribution.dataVersion", equalTo(DATA_VERSION))
                .extract().jsonPath();
        List<Integer> distances = all.getList("items.distance", Integer.class);
        assertThat(distances, equalTo(distances.stream().sorted().toList()));
        int total = all.getInt("paging.total");
        assertThat(total, greaterThan(8));
        assertThat(distances, hasSize(total));

        given().queryParam("page", 2).queryParam("pageSize", 3).when().get("/v1/conditions/558/ancestors").then()
                .statusCode(200).body("paging.page", equalTo(2))
                .body("paging.total", equalTo(total))
                .body("paging.totalPages", equalTo((total + 2) / 3))
                .body("items.orphaCode", equalTo(all.getList("items.orphaCode").subList(3, 6)));
    }

    @Test
    void shouldListDescendantsWithTheirDistance() {
        given().queryParam("pageSize", 100).when().get("/v1/conditions/284993/descendants").then().statusCode(200)
                .body("items.find { it.orphaCode == 558 }.distance", equalTo(1))
                .body("items.find { it.orphaCode == 284963 }.distance", equalTo(2));
    }

    @Test
    void shouldListAllConditionsAndFilterThem() {
        given().when().get("/v1/conditions").then().statusCode(200)
                .body("paging.total", equalTo(11_111))
                .body("items", hasSize(20))
                .body("items[0].orphaCode", equalTo(5))
                .body("items[0].match", nullValue());
        given().queryParam("status", "active").queryParam("classificationLevel", "groupOfDisorders").when()
                .get("/v1/conditions").then().statusCode(200).body("paging.total", equalTo(2_173));
        given().queryParam("status", "nonRareInEurope").when().get("/v1/conditions").then().statusCode(200)
                .body("paging.total", equalTo(16));
    }

    /** Deep pages of a broad search: Lucene is asked for the top of the ranking, never for more names than exist. */
    @Test
    void shouldPageABroadSearchToItsEndAndBeyond() {
        int total = given().queryParam("q", "syndrome").when().get("/v1/conditions").then().statusCode(200)
                .extract().jsonPath().getInt("paging.total");
        assertThat(total, greaterThan(1_000));
        List<Integer> ninth = given().queryParam("q", "syndrome").queryParam("pageSize", 100)
                .queryParam("page", 9).when().get("/v1/conditions").then().statusCode(200).body("items", hasSize(100))
                .body("paging.total", equalTo(total)).extract().jsonPath().getList("items.orphaCode", Integer.class);
        List<Integer> tenth = given().queryParam("q", "syndrome").queryParam("pageSize", 100)
                .queryParam("page", 10).when().get("/v1/conditions").then().statusCode(200).body("items", hasSize(100))
                .extract().jsonPath().getList("items.orphaCode", Integer.class);
        assertThat(tenth.stream().filter(ninth::contains).toList(), equalTo(List.of()));
        int last = (total + 99) / 100;
        given().queryParam("q", "syndrome").queryParam("pageSize", 100).queryParam("page", last).when()
                .get("/v1/conditions").then()
                .statusCode(200).body("items", hasSize(total - (last - 1) * 100)).body("paging.total", equalTo(total));
        for (String q : List.of("a", "syndrome", "marfn")) {
            given().queryParam("q", q).queryParam("pageSize", 100).queryParam("page", 1_000_000).when()
                    .get("/v1/conditions").then()
                    .statusCode(200).body("items", hasSize(0)).body("paging.page", equalTo(1_000_000));
            given().queryParam("q", q).queryParam("pageSize", 100).queryParam("page", 1_000_000).when()
                    .get("/v1/expertise-centres").then().statusCode(200).body("items", hasSize(0));
        }
    }

    @Test
    void shouldRefuseInvalidListParametersNamingEachOne() {
        given().queryParam("page", 0).queryParam("pageSize", 101).when().get("/v1/conditions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:ecza:problem:invalid-parameters"))
                .body("invalidParams.name", equalTo(List.of("page", "pageSize")));
        given().queryParam("page", "abc").when().get("/v1/conditions").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("page")));
        given().queryParam("status", "gone").when().get("/v1/conditions").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("status")));
        given().queryParam("classificationLevel", "DISORDER").when().get("/v1/conditions").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("classificationLevel")));
        given().queryParam("q", "%%% ---").when().get("/v1/conditions").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("q")));
        given().queryParam("q", "x".repeat(201)).when().get("/v1/conditions").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("q")));
    }

    @Test
    void shouldAnswerAnUnchangedRepresentationWithNotModified() {
        String etag = given().when().get("/v1/conditions/558").then().statusCode(200)
                .header("Cache-Control", "max-age=300, public")
                .header("Vary", "Accept, Accept-Language")
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/v1/conditions/558").then().statusCode(304)
                .header("ETag", etag);
        String english = given().header("Accept-Language", "en").when().get("/v1/conditions/558").then().extract()
                .header("ETag");
        assertThat(english.equals(etag), equalTo(false));
        given().header("If-None-Match", etag).header("Accept-Language", "en").when().get("/v1/conditions/558").then()
                .statusCode(200);
    }

    @Test
    void shouldPageSearchResultsWithATotal() {
        JsonPath first = given().queryParam("q", "marfan").queryParam("pageSize", 5).when().get("/v1/conditions").then()
                .statusCode(200).extract().jsonPath();
        int total = first.getInt("paging.total");
        assertThat(total, greaterThan(10));
        given().queryParam("q", "marfan").queryParam("pageSize", 5).queryParam("page", 2).when()
                .get("/v1/conditions").then().statusCode(200)
                .body("paging.total", equalTo(total))
                .body("items", hasSize(5))
                .body("items.orphaCode", everyItem(Matchers.not(Matchers.in(first.getList("items.orphaCode")))));
        given().queryParam("q", "marfan").queryParam("page", 99).when().get("/v1/conditions").then().statusCode(200)
                .body("items", hasSize(0)).body("paging.total", equalTo(total));
    }

    @Test
    void shouldOnlySearchWithinTheFilters() {
        given().queryParam("q", "marfan").queryParam("classificationLevel", "subtypeOfDisorder").when()
                .get("/v1/conditions").then().statusCode(200)
                .body("items.classificationLevel", everyItem(equalTo("subtypeOfDisorder")))
                .body("items.orphaCode", hasItems(284963, 284973))
                .body("paging.total", lessThanOrEqualTo(5));
    }
}
