package nl.ecza.registry.nomenclature;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** ICD-10 and ICD-11 cross-references of the shipped pack's Master file (decision 0023). */
@QuarkusTest
class IcdCrossReferenceTest {

    @Test
    void shouldNameTheIcd10AndIcd11CodesOfMarfanSyndrome() {
        given().when().get("/v1/conditions/558").then().statusCode(200)
                .body("icd10", equalTo(List.of(Map.of("code", "Q87.4", "relation", "notStated"))))
                .body("icd11", equalTo(List.of(Map.of("code", "LD28.01", "relation", "exact"))));
        // a group of disorders is not in the Master file: empty lists, not absent ones
        given().when().get("/v1/conditions/284993").then().statusCode(200).body("icd10", hasSize(0))
                .body("icd11", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q87.4", "q87.4", " Q87.4 "})
    void shouldFindTheConditionsAlignedWithAnIcd10CodeMarfanFirst(String q) {
        given().queryParam("q", q).when().get("/v1/conditions").then().statusCode(200)
                .body("items[0].orphaCode", equalTo(558))
                .body("items.orphaCode", hasItem(284979)) // neonatal Marfan syndrome, also aligned with Q87.4
                .body("items.match.type", everyItem(equalTo("icdCode")))
                .body("items[0].match.icd.revision", equalTo("ICD-10"))
                .body("items[0].match.icd.code", equalTo("Q87.4"))
                .body("paging.total", equalTo(4));
    }

    @Test
    void shouldFindTheConditionsOfAnIcd11CodeExactAlignmentsFirst() {
        given().queryParam("q", "ld28.01").when().get("/v1/conditions").then().statusCode(200)
                .body("items[0].orphaCode", equalTo(558))
                .body("items[0].match.icd.relation", equalTo("exact"))
                .body("items[0].match.icd.revision", equalTo("ICD-11"));
    }

    @Test
    void shouldFindADaggerCodeWithoutItsMark() {
        given().queryParam("q", "M31.0").when().get("/v1/conditions").then().statusCode(200)
                .body("paging.total", greaterThan(0))
                .body("items[0].match.icd.code", equalTo("M31.0+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z99.9", "LD99.99", "xx00.0"})
    void shouldFindNothingForAnUnknownIcdCode(String q) {
        given().queryParam("q", q).when().get("/v1/conditions").then().statusCode(200)
                .body("items", hasSize(0)).body("paging.total", equalTo(0));
    }

    @Test
    void shouldStillSearchAChromosomeBandAsText() {
        // 1p36 has the form of an ICD-11 code but no condition is aligned with it: it is a word of names
        given().queryParam("q", "1p36").when().get("/v1/conditions").then().statusCode(200)
                .body("paging.total", greaterThan(0))
                .body("items.match.type", not(hasItem("icdCode")));
    }
}
