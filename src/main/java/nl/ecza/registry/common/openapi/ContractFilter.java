package nl.ecza.registry.common.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Shapes the generated document into the published contract: paths relative to the {@code /v1} server (ADR
 * /core/uri-version), the API-Version header declared on every success and redirect response
 * (ADR /core/version-header), where the platform sends it anyway, and the error responses the platform can
 * give on any operation (see {@link #addCommonResponses}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    static final String BASE_PATH = "/v1";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, PathItem> relative = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> relative.put(
                path.startsWith(BASE_PATH + "/") ? path.substring(BASE_PATH.length()) : path, item));
        openAPI.getPaths().getPathItems().keySet().stream().toList().forEach(openAPI.getPaths()::removePathItem);
        relative.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> openAPI.getPaths().addPathItem(e.getKey(), e.getValue()));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            addCommonResponses(operation);
            operation.getResponses().getAPIResponses().forEach((code, response) -> addVersionHeader(code, response));
        }));
    }

    /**
     * Declares, where an operation does not already, the errors the platform serves for any operation: 400 (a
     * malformed Accept-Language, path or query value), 406 (content negotiation: an Accept the operation cannot
     * serve), 413 (PlatformRoutes refuses a declared Content-Length over the body limit on every path) and, for
     * operations with a request body, 415 (a Content-Type the operation does not consume).
     */
    static void addCommonResponses(Operation operation) {
        Map<String, APIResponse> responses = new TreeMap<>(operation.getResponses().getAPIResponses());
        responses.putIfAbsent("400", OASFactory.createAPIResponse().ref("BadRequest"));
        responses.putIfAbsent("406", OASFactory.createAPIResponse().ref("NotAcceptable"));
        responses.putIfAbsent("413", OASFactory.createAPIResponse().ref("PayloadTooLarge"));
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("415", OASFactory.createAPIResponse().ref("UnsupportedMediaType"));
        }
        operation.getResponses().setAPIResponses(responses);
    }

    private static void addVersionHeader(String code, APIResponse response) {
        boolean successOrRedirect = code.startsWith("2") || code.startsWith("3");
        if (!successOrRedirect || response.getRef() != null
                || (response.getHeaders() != null && response.getHeaders().containsKey("API-Version"))) {
            return;
        }
        response.addHeader("API-Version", OASFactory.createHeader().ref("API-Version"));
    }
}
