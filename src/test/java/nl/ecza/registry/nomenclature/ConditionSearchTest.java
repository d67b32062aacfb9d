package nl.ecza.registry.nomenclature;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** The search semantics users expect (DESIGN.md §3), asserted on the real 2025 nomenclature. */
@QuarkusTest
class ConditionSearchTest {

    private static final List<String> TIERS = List.of("orphaCode", "exact", "prefix", "fuzzy");

    private static ValidatableResponse search(String q) {
        return given().queryParam("q", q).queryParam("pageSize", 100).when().get("/v1/conditions").then()
                .statusCode(200);
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

    @ParameterizedTest(name = "{0} finds ORPHA:{1} first, by {2} match on \"{3}\" ({4} {5})")
    @CsvSource(delimiter = '|', value = {
        // British spellings meet the American names through analysis (issue 11)
        "Dendritic cell tumour                  | 98289  | exact  | Dendritic cell tumor                   "
                + "| preferredTerm | en",
        "Unstable haemoglobin disease           | 99139  | exact  | Unstable hemoglobin disease            "
                + "| preferredTerm | en",
        "Non-syndromic oesophageal malformation | 108959 | exact  | Non-syndromic esophageal malformation  "
                + "| preferredTerm | en",
        "haemophilia                            | 448    | exact  | Hemophilia                             "
                + "| preferredTerm | en",
        // Dutch c/k
        "Karcinoom van nasofarynx               | 150    | exact  | Carcinoom van nasofarynx               "
                + "| preferredTerm | nl",
        "kardiomyopathie door stress            | 66529  | exact  | Cardiomyopathie door stress            "
                + "| synonym       | nl",
        // Dutch ph/f of Greek words: Orphanet's Dutch names write either
        "herpetische encephalitis               | 1930   | exact  | Herpetische encefalitis                "
                + "| synonym       | nl",
        "pemfigus paraneoplastica               | 63455  | exact  | Pemphigus paraneoplastica              "
                + "| synonym       | nl",
        // a type number in Roman or Arabic numerals, whichever the name has
        "Ehlers-Danlos syndrome type IV         | 286    | exact  | Ehlers-Danlos syndrome type 4          "
                + "| synonym       | en",
        "episodic ataxia type ii                | 97     | exact  | Episodic ataxia type 2                 "
                + "| synonym       | en",
        // a Dutch compound of words the names have apart, also while it is typed
        "alportsyndroom                         | 63     | prefix | Syndroom van Alport                    "
                + "| preferredTerm | nl",
        "Turnersyndroom                         | 881    | prefix | Syndroom van Turner                    "
                + "| preferredTerm | nl",
        "brugadasyndr                           | 130    | prefix | Brugada syndrome                       "
                + "| preferredTerm | en",
        // ... and the other way: apart what a name has as one word
        "dooierzak tumor                        | 876    | exact  | Dooierzaktumor                         "
                + "| preferredTerm | nl",
        // a typo in a word typed before the one being typed: the name that begins with the corrected text first
        "heerditary or                          | 30     | fuzzy  | Hereditary orotic aciduria             "
                + "| preferredTerm | en",
        // a prefix only one name starts with comes before names that merely contain its words
        "Erfelijke pa                           | 79357  | prefix | Erfelijke palmoplantaire keratodermie  "
                + "| preferredTerm | nl",
        "Maxillo                                | 1248   | prefix | Maxillonasal dysplasia                 "
                + "| preferredTerm | en",
        // Dutch synonyms (Orphanet's 2022 Dutch ORPHA-ICD-11 mapping, in the shipped pack)
        "Mucoviscidose                          | 586    | exact  | Mucoviscidose                          "
                + "| synonym       | nl",
        "Cystische fibrose                      | 586    | exact  | Cystische fibrose                      "
                + "| synonym       | nl",
        "Ziekte van Maroteaux-Lamy              | 583    | exact  | Ziekte van Maroteaux-Lamy              "
                + "| synonym       | nl",
        // ... also of conditions with no Dutch name (ORPHA_synonyms_nl.tsv)
        "Dystrofie van Landouzy-Dejerine        | 269    | exact  | Dystrofie van Landouzy-Dejerine        "
                + "| synonym       | nl",
        "Syndroom van Bradbury-Eggleston        | 441    | exact  | Syndroom van Bradbury-Eggleston        "
                + "| synonym       | nl",
        "chronisch hikken                       | 396    | exact  | Chronisch hikken                       "
                + "| synonym       | nl",
        // an emoji typed beside a name is no word of it
        "\uD83D\uDE00 Marfan syndrome \u2764                | 558    | exact  | Marfan syndrome                        "
                + "| preferredTerm | en",
        // one word of several misspelled
        "Prader Wily syndrome                   | 739    | fuzzy  | Prader-Willi syndrome                  "
                + "| preferredTerm | en",
        "unstable hemoglobn disease             | 99139  | fuzzy  | Unstable hemoglobin disease            "
                + "| preferredTerm | en",
    })
    void shouldFindWhatPeopleTypeFirst(String q, int code, String type, String term, String termType, String language) {
        search(q)
                .body("items[0].orphaCode", equalTo(code))
                .body("items[0].match.type", equalTo(type))
                .body("items[0].match.term", equalTo(term))
                .body("items[0].match.termType", equalTo(termType))
                .body("items[0].match.language", equalTo(language));
    }

    @Test
    void shouldRankTheNameThatBeginsWithThePrefixBeforeANameThatHasItAsAWholeWord() {
        // "Rare maxillo-facial surgical disease" has the word "maxillo"; only Maxillonasal dysplasia begins with it.
        List<Integer> codes = search("Maxillo").extract().jsonPath().getList("items.orphaCode", Integer.class);
        assertThat(codes.indexOf(1248), equalTo(0));
        assertThat(codes.indexOf(68329), greaterThan(0));
    }

    @Test
    void shouldFindTheSameConditionByBritishAndAmericanSpelling() {
        for (String[] pair : List.of(new String[] {"haemoglobin", "hemoglobin"}, new String[] {"oedema", "edema"},
                new String[] {"tumour", "tumor"}, new String[] {"paediatric", "pediatric"},
                new String[] {"anaemia", "anemia"},
                new String[] {"leukaemia", "leukemia"}, new String[] {"oesophageal", "esophageal"})) {
            JsonPath british = search(pair[0]).extract().jsonPath();
            JsonPath american = search(pair[1]).extract().jsonPath();
            assertThat(pair[0], british.getLong("paging.total"), greaterThan(0L));
            assertThat(pair[0], british.getLong("paging.total"), equalTo(american.getLong("paging.total")));
            if (british.getLong("paging.total") <= 100) { // one page holds them all, in whatever order
                assertThat(pair[0], Set.copyOf(british.getList("items.orphaCode", Integer.class)),
                        equalTo(Set.copyOf(american.getList("items.orphaCode", Integer.class))));
            }
        }
    }

    @Test
    void shouldNotReadACodeFoundAsTypedAsATypoOfSomeName() {
        // "558" and "orpha" were read as typos of other names' words (three or four hits); a code found is meant
        for (String q : List.of("ORPHA:558", "orpha:558", "558")) {
            search(q).body("items.orphaCode", equalTo(List.of(558))).body("paging.total", equalTo(1));
        }
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
        List<Map<String, Object>> prefix = search("cystic fibrosis").extract().jsonPath()
                .getList("items.findAll { it.match.type == 'prefix' }");
        List<Object> statuses = prefix.stream().map(i -> i.get("status")).toList();
        assertThat(statuses.contains("obsolete"), equalTo(true));
        assertThat(statuses.indexOf("obsolete"), greaterThan(statuses.lastIndexOf("active")));
    }
}
