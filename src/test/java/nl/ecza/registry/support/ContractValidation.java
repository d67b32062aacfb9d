package nl.ecza.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every REST Assured call of every Quarkus test has its response checked against openapi/openapi.yaml: the status
 * must be declared for the operation, the Content-Type must be one declared for that status, and a JSON body must
 * match the declared schema (types, required fields, nullability, enums, formats). A response that breaks the
 * contract fails the test that made the call.
 *
 * <p>Only responses are judged. Tests send malformed requests on purpose, so every request-side message
 * ({@code validation.request.*}) is ignored; calls outside the contract (/q/health, /q/metrics, /v1/openapi.yaml,
 * unknown paths) match no operation and so are not checked. Installed before each Quarkus test (registered in
 * META-INF/services), once per class loader.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    static final Path CONTRACT = Path.of("openapi/openapi.yaml");

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
        // REST Assured would declare merge-patch bodies as ISO-8859-1, which the registry refuses (JSON is UTF-8).
        RestAssured.config = RestAssured.config().encoderConfig(RestAssured.config().getEncoderConfig()
                .defaultCharsetForContentType("UTF-8", "application/merge-patch+json"));
    }

    /** Adds the response check to REST Assured's default filters, unless it is there already. */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(ResponseAgainstContract.class::isInstance)) {
            RestAssured.filters(new ResponseAgainstContract(validator()));
        }
    }

    /** A validator of responses against the contract, as the filter uses it. */
    public static OpenApiInteractionValidator validator() {
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(CONTRACT))
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CONTRACT, e);
        }
    }

    /** Validates the response after the call; throws an AssertionError naming every violation. */
    static final class ResponseAgainstContract implements Filter {

        private final OpenApiInteractionValidator validator;

        ResponseAgainstContract(OpenApiInteractionValidator validator) {
            this.validator = validator;
        }

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                FilterContext ctx) {
            Response response = ctx.next(request, responseSpec);
            ValidationReport report = validator.validate(requestOf(request), RestAssuredResponse.of(response));
            if (report.hasErrors()) {
                String messages = report.getMessages().stream()
                        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .map(m -> "  - " + m.getMessage() + " [" + m.getKey() + "]")
                        .collect(Collectors.joining("\n"));
                String body = response.asString();
                throw new AssertionError("The response to " + request.getMethod() + " " + request.getURI() + " ("
                        + response.getStatusCode() + ", " + response.getContentType() + ") breaks " + CONTRACT + ":\n"
                        + messages + "\nBody: "
                        + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body));
            }
            return response;
        }

        /**
         * The request as response validation needs it: method, path and headers. Not the body: requests are not
         * judged, and validating a large or broken body only costs time.
         */
        private static Request requestOf(FilterableRequestSpecification request) {
            SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod(), request.getDerivedPath());
            request.getHeaders().forEach(header -> builder.withHeader(header.getName(), header.getValue()));
            return builder.build();
        }
    }
}
