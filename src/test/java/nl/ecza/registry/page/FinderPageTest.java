package nl.ecza.registry.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The finder page is served by the registry itself, with a Content-Security-Policy that allows only its own origin,
 * while the API keeps its own headers. What the page does in a browser is tested in browser-tests/
 * (scripts/test-browser.sh).
 */
@QuarkusTest
class FinderPageTest {

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/toegankelijkheid.html", "/accessibility.html", "/assets/finder.js",
        "/assets/combobox.js", "/assets/texts.js", "/assets/finder.css", "/assets/icon.svg"})
    void shouldServeThePageWithAPolicyForItsOwnOriginOnly(String path) {
        given().get(path).then().statusCode(200)
                .header("Content-Security-Policy", equalTo(POLICY))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void shouldServeHtmlInDutchByDefaultWithOnlyItsOwnFiles() {
        String html = given().get("/").then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertThat(html, containsString("<html lang=\"nl\">"));
        assertThat(html, containsString("role=\"combobox\""));
        Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        List<String> loaded = sources.results().map(m -> m.group(1)).filter(s -> !s.startsWith("#")).toList();
        assertThat(loaded, everyItem(startsWith("/")));
        given().get("/assets/finder.js").then().statusCode(200).contentType(startsWith("text/javascript"));
    }

    @Test
    void shouldKeepTheApiHeaders() {
        given().get("/v1/conditions/558").then().statusCode(200)
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("Cache-Control", not(equalTo("no-cache")))
                .header("Referrer-Policy", equalTo(null));
        given().get("/q/health/live").then().statusCode(200)
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"));
    }

    @Test
    void shouldAnswerAnUnknownPageWithAProblemAndKeepThePlatformHeadersElsewhere() {
        given().get("/no-such-page.html").then().statusCode(404).contentType("application/problem+json")
                .header("Content-Security-Policy", equalTo(POLICY));
        given().get("/nowhere").then().statusCode(404).contentType("application/problem+json")
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("Cache-Control", equalTo("no-store"));
    }
}
