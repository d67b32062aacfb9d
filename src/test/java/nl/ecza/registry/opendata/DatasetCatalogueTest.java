package nl.ecza.registry.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * /v1/datasets read as a harvester reads it: expanded as JSON-LD, then checked for the DCAT-AP classes and properties.
 */
@QuarkusTest
class DatasetCatalogueTest {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";

    private static JsonArray expanded(byte[] body) throws Exception {
        return JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(body))).get();
    }

    private static List<String> ids(JsonObject node, String property) {
        return node.getJsonArray(property).stream().map(v -> v.asJsonObject().getString("@id")).toList();
    }

    private static String text(JsonObject node, String property, String language) {
        return node.getJsonArray(property).stream().map(JsonValue::asJsonObject)
                .filter(v -> language.equals(v.getString("@language", null))).map(v -> v.getString("@value"))
                .findFirst().orElse(null);
    }

    private static JsonObject node(JsonObject node, String property) {
        return node.getJsonArray(property).getJsonObject(0);
    }

    @Test
    void shouldServeADcatCatalogueOfTheRegisterAndThePublishedListsAsJsonLd() throws Exception {
        // every round year with published recognitions has a published list, expired ones included
        Set<Integer> roundYears = new TreeSet<>(given().get("/v1/statistics").then().statusCode(200).extract()
                .jsonPath().getList("roundYears.year", Integer.class));
        byte[] body = given().when().get("/v1/datasets").then().statusCode(200)
                .contentType("application/ld+json").header("ETag", notNullValue())
                .extract().asByteArray();

        JsonArray graph = expanded(body);
        JsonObject catalogue = graph.getJsonObject(0);
        assertThat(catalogue.getJsonArray("@type").getString(0), equalTo(DCAT + "Catalog"));
        assertThat(text(catalogue, DCT + "title", "nl"), startsWith("Open data van het register"));
        assertThat(text(catalogue, DCT + "title", "en"), startsWith("Open data of the register"));
        assertThat(ids(catalogue, DCT + "publisher"), hasItem(
                "http://standaarden.overheid.nl/owms/terms/Ministerie_van_Volksgezondheid,_Welzijn_en_Sport"));
        assertThat(node(catalogue, DCT + "modified").getString("@type"), equalTo(XSD_DATE));

        List<JsonObject> datasets = catalogue.getJsonArray(DCAT + "dataset").stream().map(JsonValue::asJsonObject)
                .toList();
        assertThat(datasets.stream().map(d -> d.getJsonArray("@type").getString(0)).collect(Collectors.toSet()),
                equalTo(Set.of(DCAT + "Dataset")));
        // the register, then one published list per round year with published recognitions
        assertThat(datasets.size(), equalTo(1 + roundYears.size()));
        JsonObject register = datasets.get(0);
        assertThat(text(register, DCT + "title", "nl"), startsWith("Register van erkende expertisecentra"));
        assertThat(text(register, DCT + "description", "en"), containsString("valid today"));
        assertThat(ids(register, DCT + "license"),
                equalTo(List.of("http://creativecommons.org/publicdomain/zero/1.0/deed.nl")));
        assertThat(text(node(register, DCT + "rights"), "http://www.w3.org/2000/01/rdf-schema#label", "en"),
                allOfTheOrphanetTerms());
        assertThat(ids(register, DCT + "accessRights"),
                hasItem("http://publications.europa.eu/resource/authority/access-right/PUBLIC"));
        assertThat(text(node(register, DCT + "publisher"), FOAF + "name", "nl"),
                equalTo("Ministerie van Volksgezondheid, Welzijn en Sport"));
        JsonObject temporal = node(register, DCT + "temporal");
        assertThat(node(temporal, DCAT + "startDate").getString("@type"), equalTo(XSD_DATE));
        assertThat(node(temporal, DCAT + "endDate").getString("@type"), equalTo(XSD_DATE));
        List<JsonObject> distributions = register.getJsonArray(DCAT + "distribution").stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(distributions.stream().map(d -> d.getJsonArray("@type").getString(0)).toList(),
                equalTo(List.of(DCAT + "Distribution", DCAT + "Distribution")));
        assertThat(distributions.stream().flatMap(d -> ids(d, DCAT + "mediaType").stream()).toList(), hasItems(
                "https://www.iana.org/assignments/media-types/application/json",
                "https://www.iana.org/assignments/media-types/text/csv"));
        assertThat(ids(distributions.get(0), DCAT + "downloadURL").get(0), endsWith("/v1/recognitions"));
        assertThat(ids(distributions.get(0), DCAT + "accessURL").get(0), startsWith("http"));
        for (int year : roundYears) {
            assertThat(datasets.stream().flatMap(d -> d.getJsonArray(DCAT + "distribution").stream())
                    .flatMap(d -> ids(d.asJsonObject(), DCAT + "downloadURL").stream()).toList(),
                    hasItem(endsWith("/v1/recognition-rounds/" + year + "/published-list")));
        }
    }

    private static Matcher<String> allOfTheOrphanetTerms() {
        return allOf(containsString("CC0 1.0"), containsString("CC BY 4.0"), containsString("Orphadata"));
    }

    @Test
    void shouldServeTheSameDocumentAsPlainJsonAndRefuseOtherTypes() {
        given().accept("application/json").when().get("/v1/datasets").then().statusCode(200)
                .contentType("application/json").body("type", equalTo("dcat:Catalog"))
                .body("'@context'.dcat", equalTo(DCAT));
        given().accept("text/csv").when().get("/v1/datasets").then().statusCode(406)
                .contentType("application/problem+json");
    }
}
