package nl.ecza.registry.nomenclature;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The search semantics users expect (DESIGN.md §3), asserted on the real 2025 nomenclature. */
@QuarkusTest
class ConditionSearchTest {

    private static final List<String> TIERS = List.of("orphaCode", "exact", "prefix", "fuzzy");

    private static ValidatableResponse search(String q) {
        return given().queryParam("q", q).queryParam("pageSize", 100).when().get("/v1/conditions").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} finds ORPHA:{1} first, by {2} match on a {3} ({4})")
    @CsvSource({
        // misspelling
        "marfn,                    558,   fuzzy,     preferredTerm, en",
        "taaislijmziete,           586,   fuzzy,     preferredTerm, nl",
        "huntingtn disease,        399,   fuzzy,     preferredTerm, en",
        // Dutch preferred term, any case
        "syndroom van marfan,      558,   exact,     preferredTerm, nl",
        "TAAISLIJMZIEKTE,          586,   exact,     preferredTerm, nl",
        // English synonym and acronym
        "MFS,                      558,   exact,     synonym,       en",
        "LCHAD deficiency,         5,     exact,     synonym,       en",
        // word order does not matter
        "fibrosis cystic,          586,   exact,     preferredTerm, en",
        // accents do not matter: the Dutch name is written with ë
        "glycogeenstapelingsziekte door zure-maltasedeficientie, 365, exact, preferredTerm, nl",
        // autocomplete
        "marf,                     558,   prefix,    preferredTerm, en",
        "ziekte van huntin,        399,   prefix,    preferredTerm, nl",
        // words around a name that the Orphanet term does not contain
        "ziekte van pompe,         365,   prefix,    synonym,       en",
        // ORPHAcode as query
        "ORPHA:558,                558,   orphaCode, preferredTerm, en",
        "orpha:586,                586,   orphaCode, preferredTerm, en",
    })
    void shouldFindTheIntendedConditionFirst(String q, int code, String type, String termType, String language) {
        search(q)
                .body("items[0].orphaCode", equalTo(code))
                .body("items[0].match.type", equalTo(type))
                .body("items[0].match.termType", equalTo(termType))
                .body("items[0].match.language", equalTo(language));
    }

    @Test
    void shouldFindTheSameConditionByDutchNameEnglishSynonymMisspellingAndCode() {
        for (String q : List.of("Syndroom van Marfan", "MFS", "Marfan syndrom", "ORPHA:558", "558")) {
            search(q).body("items[0].orphaCode", equalTo(558));
        }
    }

    @Test
    void shouldRankExactThenPrefixThenFuzzyAndActiveBeforeInactiveWithinEach() {
        for (String q : List.of("marfan syndrome", "cystic fibrosis", "acidemia", "pipecolic acidemia", "deficiency")) {
            List<Map<String, Object>> items = search(q).extract().jsonPath().getList("items");
            assertThat(q, items.size(), greaterThan(0));
            for (int i = 1; i < items.size(); i++) {
                Map<String, Object> before = items.get(i - 1);
                Map<String, Object> after = items.get(i);
                int tierBefore = TIERS.indexOf(((Map<?, ?>) before.get("match")).get("type"));
                int tierAfter = TIERS.indexOf(((Map<?, ?>) after.get("match")).get("type"));
                assertThat(q + " at " + i, tierBefore, lessThanOrEqualTo(tierAfter));
                if (tierBefore == tierAfter) {
                    boolean activeBefore = "active".equals(before.get("status"));
                    boolean activeAfter = "active".equals(after.get("status"));
                    assertThat(q + ": inactive before active at " + i, !activeBefore && activeAfter, equalTo(false));
                }
            }
        }
    }

    @Test
    void shouldPutAnInactiveExactMatchFirstAndNameItsReplacement() {
        search("Pipecolic acidemia")
                .body("items[0].orphaCode", equalTo(34))
                .body("items[0].status", equalTo("deprecated"))
                .body("items[0].replacement.orphaCode", equalTo(79189));
    }

    @Test
    void shouldFindActiveAndInactiveEntitiesInTheSameTierActiveFirst() {
        // "cystic fibrosis" is a prefix of an active syndrome and of an obsolete one.
        List<Map<String, Object>> prefix = search("cystic fibrosis").extract().jsonPath().getList("items.findAll { it.match.type == 'prefix' }");
        List<Object> statuses = prefix.stream().map(i -> i.get("status")).toList();
        assertThat(statuses.contains("obsolete"), equalTo(true));
        assertThat(statuses.indexOf("obsolete"), greaterThan(statuses.lastIndexOf("active")));
    }
}
