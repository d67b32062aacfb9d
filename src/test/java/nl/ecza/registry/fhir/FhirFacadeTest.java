package nl.ecza.registry.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The FHIR R4 facade on the demo register: every body is read back with HAPI's strict parser and validated against
 * the official R4 schemas (docs/decisions/0022), and searches by ORPHAcode agree with the public finder.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirFacadeTest {

    static final String FHIR_JSON = "application/fhir+json";
    static final String ERASMUS_MC = "018906e22";

    private FhirContext context;
    private FhirValidator validator;
    private R4Definitions definitions;

    @BeforeAll
    void validator() {
        context = FhirJson.context();
        validator = context.newValidator().setValidateAgainstStandardSchema(true)
                .setValidateAgainstStandardSchematron(false);
        definitions = new R4Definitions(context);
    }

    /** Parses strictly (an unknown or misplaced element fails) and validates; returns the body as JSON. */
    private JsonPath valid(Response response) {
        String body = response.asString();
        assertThat(response.getContentType(), startsWith(FHIR_JSON));
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        IBaseResource resource = parser.parseResource(body);
        ValidationResult result = validator.validateWithResult(resource);
        String errors = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage()).collect(Collectors.joining("\n"));
        assertThat("R4 schema validation of " + body, errors, equalTo(""));
        assertThat("R4 StructureDefinitions (cardinality, invariants) for " + body,
                definitions.check((Resource) resource), equalTo(List.of()));
        return JsonPath.from(body);
    }

    private JsonPath get(String path, int status) {
        return valid(given().when().get(path).then().statusCode(status).extract().response());
    }

    @Test
    void shouldDescribeItselfInACapabilityStatement() {
        JsonPath c = get("/fhir/metadata", 200);
        assertThat(c.getString("resourceType"), equalTo("CapabilityStatement"));
        assertThat(c.getString("fhirVersion"), equalTo("4.0.1"));
        assertThat(c.getString("status"), equalTo("active"));
        assertThat(c.getString("kind"), equalTo("instance"));
        assertThat(c.getList("format"), hasItem("json"));
        assertThat(c.getList("rest[0].resource.type"),
                equalTo(List.of("HealthcareService", "Organization", "OrganizationAffiliation")));
        assertThat(c.getList("rest[0].resource[0].searchParam.name"), hasItems("specialty", "organization"));
        assertThat(c.getString("implementation.url"), startsWith("http"));
    }

    @ParameterizedTest
    @ValueSource(ints = {558, 284993})   // Marfan syndrome (a disorder) and the group around it
    void shouldFindTheSameCentresAsTheFinderBySpecialty(int orphaCode) {
        List<String> finder = given().queryParam("orphaCode", orphaCode).queryParam("pageSize", 100).when()
                .get("/v1/expertise-centres").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class);
        assertThat(finder, not(empty()));
        JsonPath bundle = get("/fhir/HealthcareService?specialty=http://www.orpha.net|" + orphaCode + "&_count=100",
                200);
        assertThat(bundle.getString("type"), equalTo("searchset"));
        assertThat(bundle.getInt("total"), equalTo(finder.size()));
        assertThat(bundle.getList("entry.resource.id", String.class), equalTo(finder));
        assertThat(bundle.getList("entry.search.mode"), everyItem(equalTo("match")));
        assertThat(bundle.getString("entry[0].fullUrl"), startsWith("http"));
        assertThat(bundle.getString("entry[0].fullUrl"), containsString("/fhir/HealthcareService/" + finder.get(0)));
        assertThat(bundle.getList("entry.resource.specialty.flatten().coding.flatten().system"),
                everyItem(equalTo("http://www.orpha.net")));
        // the self link is a URL the server takes back as it is ('|' percent-encoded)
        String self = link(bundle, "self");
        assertThat(self, containsString("specialty=http://www.orpha.net%7C" + orphaCode));
        assertThat(valid(given().urlEncodingEnabled(false).when().get(self).then().statusCode(200).extract().response())
                .getList("entry.resource.id"), equalTo(finder));
        // the code without its system is the same search
        assertThat(get("/fhir/HealthcareService?specialty=" + orphaCode + "&_count=100", 200)
                .getList("entry.resource.id"), equalTo(finder));
    }

    @Test
    void shouldFindCentresRecognisedInsideAGroupLikeTheFinder() {
        // a group above a condition some centre is recognised for: the finder answers it with narrower matches
        int recognised = given().when().get("/v1/expertise-centres").then().extract().jsonPath()
                .getList("items.id", String.class).stream()
                .map(id -> given().when().get("/v1/expertise-centres/" + id).then().extract().jsonPath())
                .filter(c -> !c.getList("recognisedConditions").isEmpty()).findFirst().orElseThrow()
                .getInt("recognisedConditions[0].orphaCode");
        int group = given().when().get("/v1/conditions/" + recognised).then().statusCode(200).extract().jsonPath()
                .getInt("parents[0].orphaCode");
        JsonPath finder = given().queryParam("orphaCode", group).queryParam("pageSize", 100).when()
                .get("/v1/expertise-centres").then().statusCode(200).extract().jsonPath();
        assertThat(finder.getList("items.matches.flatten().relation"), hasItem("narrower"));
        JsonPath bundle = get("/fhir/HealthcareService?specialty=http://www.orpha.net|" + group + "&_count=100", 200);
        assertThat(bundle.getInt("total"), equalTo(finder.getInt("paging.total")));
        assertThat(bundle.getList("entry.resource.id"), equalTo(finder.getList("items.id")));
    }

    @Test
    void shouldServeACentreAsAHealthcareService() {
        String id = given().queryParam("orphaCode", 558).when().get("/v1/expertise-centres").then().extract().jsonPath()
                .getString("items[0].id");
        JsonPath details = given().when().get("/v1/expertise-centres/" + id).then().statusCode(200).extract()
                .jsonPath();
        JsonPath s = get("/fhir/HealthcareService/" + id, 200);
        assertThat(s.getString("resourceType"), equalTo("HealthcareService"));
        assertThat(s.getBoolean("active"), equalTo(true));
        assertThat(s.getString("name"), equalTo(details.getString("name")));
        String leading = details.getString("institutions.find { it.leading }.id");
        assertThat(s.getString("providedBy.reference"), equalTo("Organization/" + leading));
        assertThat(s.getList("specialty.coding.flatten().code", String.class),
                equalTo(details.getList("recognisedConditions.orphaCode", Integer.class).stream().map(String::valueOf)
                        .toList()));
        assertThat(s.getList("specialty.coding.flatten().display"),
                equalTo(details.getList("recognisedConditions.name")));
        assertThat(s.getString("specialty[0].extension[0].url"), containsString("recognition-period"));
        assertThat(s.getString("extension.find { it.url.endsWith('orphanet-attribution') }.valueString"),
                containsString("CC BY 4.0"));
        // names in the language asked for
        JsonPath en = valid(given().header("Accept-Language", "en").when().get("/fhir/HealthcareService/" + id).then()
                .statusCode(200).header("Content-Language", "en").extract().response());
        assertThat(en.getString("specialty[0].coding[0].display"), equalTo(given().header("Accept-Language", "en")
                .when().get("/v1/expertise-centres/" + id).then().extract().jsonPath()
                .getString("recognisedConditions[0].name")));
        // the leading institution filter finds it
        assertThat(get("/fhir/HealthcareService?organization=Organization/" + leading + "&_count=100", 200)
                .getList("entry.resource.id"), hasItem(id));
    }

    @Test
    void shouldServeInstitutionsAndNetworksAsOrganizations() {
        JsonPath found = get("/fhir/Organization?identifier=https://ror.org|" + ERASMUS_MC, 200);
        assertThat(found.getInt("total"), equalTo(1));
        assertThat(found.getString("entry[0].resource.identifier.find { it.system == 'https://ror.org' }.value"),
                equalTo(ERASMUS_MC));
        String id = found.getString("entry[0].resource.id");
        JsonPath erasmus = get("/fhir/Organization/" + id, 200);
        assertThat(erasmus.getString("name"), containsString("Erasmus"));
        assertThat(erasmus.getString("address[0].country"), equalTo("NL"));
        assertThat(get("/fhir/Organization?name=erasmus", 200).getList("entry.resource.id"), hasItem(id));
        assertThat(get("/fhir/Organization?identifier=" + ERASMUS_MC, 200).getInt("total"), equalTo(1));
        assertThat(get("/fhir/Organization?identifier=http://fhir.nl/fhir/NamingSystem/agb-z|" + ERASMUS_MC, 200)
                .getInt("total"), equalTo(0));
        JsonPath vascern = get("/fhir/Organization/ern-vascern", 200);
        assertThat(vascern.getList("alias"), hasItem("VASCERN"));
    }

    @Test
    void shouldServeErnMembershipsAsOrganizationAffiliations() {
        JsonPath bundle = get("/fhir/OrganizationAffiliation?primary-organization=Organization/ern-vascern&_count=100",
                200);
        assertThat(bundle.getInt("total"), greaterThan(0));
        assertThat(bundle.getList("entry.resource.organization.reference"),
                everyItem(equalTo("Organization/ern-vascern")));
        String id = bundle.getString("entry[0].resource.id");
        JsonPath a = get("/fhir/OrganizationAffiliation/" + id, 200);
        String centre = a.getString("healthcareService[0].reference").substring("HealthcareService/".length());
        List<String> networks = given().when().get("/v1/expertise-centres/" + centre).then().statusCode(200).extract()
                .jsonPath().getList("europeanReferenceNetworks.code");
        assertThat(networks, hasItem("vascern"));
        assertThat(a.getString("code[0].coding[0].system"), containsString("ern-membership-type"));
        assertThat(a.getString("participatingOrganization.reference"), startsWith("Organization/"));
    }

    @Test
    void shouldPageWithLinks() {
        JsonPath first = get("/fhir/HealthcareService?_count=5", 200);
        int total = first.getInt("total");
        assertThat(total, greaterThan(10));
        assertThat(first.getList("entry"), hasSize(5));
        assertThat(link(first, "self"), containsString("_count=5&_offset=0"));
        assertThat(link(first, "previous"), nullValue());
        String next = link(first, "next");
        assertThat(next, containsString("_offset=5"));
        JsonPath second = valid(given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract()
                .response());
        assertThat(link(second, "previous"), containsString("_offset=0"));
        assertThat(second.getList("entry.resource.id"), not(hasItem(first.getString("entry[0].resource.id"))));
        JsonPath last = get("/fhir/HealthcareService?_count=5&_offset=" + (total - 1), 200);
        assertThat(last.getList("entry"), hasSize(1));
        assertThat(link(last, "next"), nullValue());
        JsonPath counted = get("/fhir/HealthcareService?_count=0", 200);
        assertThat(counted.getInt("total"), equalTo(total));
        assertThat(counted.get("entry"), nullValue());
        // only the count: no pages to go to
        JsonPath countedFurther = get("/fhir/HealthcareService?_count=0&_offset=40", 200);
        assertThat(link(countedFurther, "previous"), nullValue());
        assertThat(link(countedFurther, "next"), nullValue());
        // beyond the end: previous is the last page with entries
        JsonPath beyond = get("/fhir/HealthcareService?_count=5&_offset=" + (total + 50), 200);
        assertThat(beyond.get("entry"), nullValue());
        assertThat(link(beyond, "previous"), containsString("_count=5&_offset=" + (total - 5)));
        assertThat(link(beyond, "next"), nullValue());
    }

    private static String link(JsonPath bundle, String relation) {
        return bundle.getString("link.find { it.relation == '%s' }.url".formatted(relation));
    }

    @Test
    void shouldAnswerJsonForEveryWayOfAskingForIt() {
        get("/fhir/metadata?_format=json", 200);
        valid(given().queryParam("_format", "application/fhir+json").when().get("/fhir/metadata").then().statusCode(200)
                .extract().response());
        valid(given().accept("application/json").when().get("/fhir/metadata").then().statusCode(200).extract()
                .response());
        valid(given().accept(FHIR_JSON).when().get("/fhir/metadata").then().statusCode(200).extract().response());
        // '+' left unescaped in a URL arrives as a space
        valid(given().urlEncodingEnabled(false).when().get("/fhir/metadata?_format=application/fhir+json").then()
                .statusCode(200).extract().response());
        // JSON refused by its weight is not asked for
        valid(given().accept("application/json;q=0, application/xml").when().get("/fhir/metadata").then()
                .statusCode(406).extract().response());
    }

    /** Empty or malformed media ranges allow nothing (once a 500: ";".split(";") is empty); nor does another FHIR. */
    @ParameterizedTest
    @ValueSource(strings = {";", ",", ";;", ";q=1", " , ", "application/fhir+json;fhirVersion=3.0",
            "application/fhir+json; fhirVersion=\"3.0\""})
    void shouldRefuseAnAcceptHeaderWithoutAJsonRange(String accept) {
        JsonPath outcome = valid(given().header("Accept", accept).when().get("/fhir/metadata").then().statusCode(406)
                .extract().response());
        assertThat(outcome.getString("issue[0].code"), equalTo("not-supported"));
        valid(given().queryParam("_format", accept).when().get("/fhir/metadata").then().statusCode(406).extract()
                .response());
        valid(given().accept("application/fhir+json;fhirVersion=4.0").when().get("/fhir/metadata").then()
                .statusCode(200).extract().response());
    }

    /** FHIR ids are case-sensitive: the canonical id is lower case, for reads and searches alike. */
    @Test
    void shouldNotFindAnIdInAnotherCase() {
        String centre = get("/fhir/HealthcareService?_count=1", 200).getString("entry[0].resource.id");
        String institution = get("/fhir/Organization?identifier=" + ERASMUS_MC, 200).getString("entry[0].resource.id");
        String membership = get("/fhir/OrganizationAffiliation?_count=1", 200).getString("entry[0].resource.id");
        for (String read : List.of("HealthcareService/" + centre, "Organization/" + institution,
                "OrganizationAffiliation/" + membership)) {
            get("/fhir/" + read, 200);
            String type = read.substring(0, read.indexOf('/') + 1);
            String upperId = read.substring(type.length()).toUpperCase(Locale.ROOT);
            assertThat(get("/fhir/" + type + upperId, 404).getString("issue[0].code"), equalTo("not-found"));
        }
        String upper = centre.toUpperCase(Locale.ROOT);
        assertThat(get("/fhir/HealthcareService?_id=" + upper, 200).getInt("total"), equalTo(0));
        assertThat(get("/fhir/Organization?_id=" + institution.toUpperCase(Locale.ROOT), 200).getInt("total"),
                equalTo(0));
        assertThat(get("/fhir/HealthcareService?organization=" + institution.toUpperCase(Locale.ROOT), 200)
                .getInt("total"), equalTo(0));
        assertThat(get("/fhir/Organization/ERN-VASCERN", 404).getString("issue[0].code"), equalTo("not-found"));
    }

    @Test
    void shouldSearchByEveryDeclaredParameter() {
        JsonPath erasmus = get("/fhir/Organization?identifier=" + ERASMUS_MC, 200);
        String id = erasmus.getString("entry[0].resource.id");
        String name = erasmus.getString("entry[0].resource.name");
        assertThat(get("/fhir/Organization?_id=" + id, 200).getList("entry.resource.id"), equalTo(List.of(id)));
        assertThat(get("/fhir/Organization?name:exact=" + name, 200).getList("entry.resource.id"),
                equalTo(List.of(id)));
        assertThat(get("/fhir/Organization?name:exact=" + name.toUpperCase(Locale.ROOT), 200).getInt("total"),
                equalTo(0));
        assertThat(get("/fhir/Organization?name:contains=" + name.substring(2).toLowerCase(Locale.ROOT), 200)
                .getList("entry.resource.id"), hasItem(id));
        JsonPath memberships = get("/fhir/OrganizationAffiliation?_count=100", 200);
        String membership = memberships.getString("entry[0].resource.id");
        String institution = memberships.getString("entry[0].resource.participatingOrganization.reference");
        String role = memberships.getString("entry[0].resource.code[0].coding[0].code");
        assertThat(get("/fhir/OrganizationAffiliation?_id=" + membership, 200).getInt("total"), equalTo(1));
        assertThat(get("/fhir/OrganizationAffiliation?participating-organization=" + institution + "&_count=100", 200)
                .getList("entry.resource.participatingOrganization.reference"), everyItem(equalTo(institution)));
        assertThat(get("/fhir/OrganizationAffiliation?role=" + role + "&_count=100", 200)
                .getList("entry.resource.code.flatten().coding.flatten().code"), everyItem(equalTo(role)));
        assertThat(get("/fhir/OrganizationAffiliation?role=nonsense", 200).getInt("total"), equalTo(0));
        String centre = get("/fhir/HealthcareService?_count=1", 200).getString("entry[0].resource.id");
        assertThat(get("/fhir/HealthcareService?_id=" + centre, 200).getList("entry.resource.id"),
                equalTo(List.of(centre)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/fhir/HealthcareService?colour=red|400|colour",
            "/fhir/HealthcareService?_count=abc|400|_count",
            "/fhir/HealthcareService?_count=101|400|_count",
            "/fhir/HealthcareService?_count=-1|400|_count",
            "/fhir/HealthcareService?_offset=1e3|400|_offset",
            "/fhir/HealthcareService?specialty=ORPHA:558|400|specialty",
            "/fhir/HealthcareService?specialty=http://www.orpha.net%7C558%7C1|400|specialty",
            "/fhir/HealthcareService?specialty=558,284993|400|comma",
            "/fhir/HealthcareService?specialty=558&specialty=284993|400|more than once",
            "/fhir/HealthcareService?organization=Organization/not%20an%20id|400|organization",
            "/fhir/HealthcareService?_pretty=yes|400|_pretty",
            "/fhir/HealthcareService?_summary=count|400|_summary",
            "/fhir/Organization?name:fuzzy=x|400|name:fuzzy",
            "/fhir/HealthcareService;foo=bar|400|Matrix parameters",
            "/fhir/metadata;x=1|400|Matrix parameters",
            "/fhir/Organization/ern-vascern;x=1|400|Matrix parameters",
            "/fhir/Organization?identifier=http://example.org%7C|400|identifier",
            "/fhir/OrganizationAffiliation?role=%7C|400|role",
            "/fhir/Organization?name=|400|is empty",
            "/fhir/Organization?name=%20|400|is empty",
            "/fhir/Organization?name=%09|400|is empty",
            "/fhir/Organization?name=%00|400|is empty",
            "/fhir/Organization?name=%C2%A0|400|is empty",
            "/fhir/Organization?name=%CC%81|400|is empty",
            "/fhir/Organization?name:contains=%20|400|is empty",
            "/fhir/Patient|404|Patient",
            "/fhir/Patient/1|404|Patient",
            "/fhir/HealthcareService/00000000-0000-0000-0000-000000000000|404|not known",
            "/fhir/Organization/ern-nonexistent|404|not known",
            "/fhir/OrganizationAffiliation/x|404|not known",
            "/fhir/HealthcareService/a..b!|400|not a FHIR id",
            "/fhir/HealthcareService/1/_history|404|/fhir",
            "/fhir/metadata?_format=xml|406|_format"})
    void shouldRefuseWithAnOperationOutcome(String example) {
        String[] parts = example.split("\\|");
        String path = String.join("|", Arrays.copyOfRange(parts, 0, parts.length - 2));
        int status = Integer.parseInt(parts[parts.length - 2]);
        JsonPath outcome = valid(given().urlEncodingEnabled(false).when().get(path).then().statusCode(status).extract()
                .response());
        assertThat(outcome.getString("resourceType"), equalTo("OperationOutcome"));
        assertThat(outcome.getString("issue[0].severity"), equalTo("error"));
        assertThat(outcome.getString("issue[0].diagnostics"), containsString(parts[parts.length - 1]));
    }

    @Test
    void shouldFindNothingForAnotherCodeSystemOrAnUnknownCode() {
        assertThat(get("/fhir/HealthcareService?specialty=http://hl7.org/fhir/sid/icd-10|Q87.4", 200).getInt("total"),
                equalTo(0));
        assertThat(get("/fhir/HealthcareService?specialty=http://www.orpha.net|999999999", 200).getInt("total"),
                equalTo(0));
        assertThat(get("/fhir/HealthcareService?organization=Organization/ern-vascern", 200).getInt("total"),
                equalTo(0));
        // any code of the Orphanet system: every centre
        assertThat(get("/fhir/HealthcareService?specialty=http://www.orpha.net|", 200).getInt("total"),
                equalTo(get("/fhir/HealthcareService", 200).getInt("total")));
        // likewise any ROR id, any AGB code, any membership type ([system]| with an empty code)
        JsonPath withRor = get("/fhir/Organization?identifier=https://ror.org|&_count=100", 200);
        assertThat(withRor.getInt("total"), greaterThan(0));
        assertThat(withRor.getList("entry.resource.identifier.flatten().system"), everyItem(not(nullValue())));
        assertThat(withRor.getList("entry.resource").stream().map(Object::toString)
                .allMatch(r -> r.contains("https://ror.org")), equalTo(true));
        assertThat(get("/fhir/OrganizationAffiliation?role="
                + "https://registry.ecza.example/fhir/CodeSystem/ern-membership-type|", 200).getInt("total"),
                equalTo(get("/fhir/OrganizationAffiliation", 200).getInt("total")));
        assertThat(get("/fhir/OrganizationAffiliation", 200).getInt("total"), greaterThan(0));
    }

    @Test
    void shouldRefuseOtherFormatsMethodsAndMalformedHeadersWithAnOperationOutcome() {
        JsonPath notAcceptable = valid(given().accept("application/fhir+xml").when().get("/fhir/metadata").then()
                .statusCode(406).extract().response());
        assertThat(notAcceptable.getString("issue[0].code"), equalTo("not-supported"));
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            JsonPath refused = valid(given().contentType(FHIR_JSON).body("{\"resourceType\":\"HealthcareService\"}")
                    .when().request(method, "/fhir/HealthcareService").then().statusCode(405)
                    .header("Allow", containsString("GET")).extract().response());
            assertThat(refused.getString("resourceType"), equalTo("OperationOutcome"));
        }
        valid(given().when().delete("/fhir/HealthcareService/00000000-0000-0000-0000-000000000000").then()
                .statusCode(405).extract().response());
        valid(given().header("Accept-Language", "nl;q=2").when().get("/fhir/metadata").then().statusCode(400).extract()
                .response());
        valid(given().when().get("/fhir").then().statusCode(404).extract().response());
    }

    @Test
    void shouldKeepTheFacadeOutOfTheV1Contract() {
        String contract = given().when().get("/v1/openapi.json").then().statusCode(200).extract().asString();
        assertThat(contract, not(containsString("/fhir")));
        // the platform's headers apply here too
        given().when().get("/fhir/metadata").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "frame-ancestors 'none'").header("API-Version", not(nullValue()));
    }
}
