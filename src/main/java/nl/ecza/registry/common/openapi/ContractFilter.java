package nl.ecza.registry.common.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Shapes the generated document into the published contract: paths relative to the {@code /v1} server (ADR
 * /core/uri-version), the API-Version header declared on every success and redirect response
 * (ADR /core/version-header), where the platform sends it anyway, the Accept-Language parameter where an operation
 * answers in the caller's language (see {@link #declareLanguage}), the error responses the platform can give on any
 * operation or that follow from its security and its If-Match (see {@link #addCommonResponses}), and nullable
 * references that validators honour (see {@link #nullableReferences}). Resources declare only what is their own.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class ContractFilter implements OASFilter {

    static final String BASE_PATH = "/v1";
    /** GET /openapi.json, declared in META-INF/openapi.yaml and served by the OpenAPI handler, not by JAX-RS. */
    static final String CONTRACT_OPERATION = "getOpenApi";
    /**
     * Put on a resource class (all its operations) or method as {@code @Extension(name = ANSWERS_IN_LANGUAGE,
     * value = "true")}: the operation answers in the language of Accept-Language ({@code RequestLanguage}). The filter
     * turns the mark into the Accept-Language parameter and removes it.
     */
    public static final String ANSWERS_IN_LANGUAGE = "x-answers-in-language";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, PathItem> relative = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> relative.put(
                path.startsWith(BASE_PATH + "/") ? path.substring(BASE_PATH.length()) : path, item));
        openAPI.getPaths().getPathItems().keySet().stream().toList().forEach(openAPI.getPaths()::removePathItem);
        relative.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> openAPI.getPaths().addPathItem(e.getKey(), e.getValue()));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                return;
            }
            declareLanguage(operation);
            addCommonResponses(operation, method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.PATCH);
            operation.getResponses().getAPIResponses().forEach((code, response) -> addVersionHeader(code, response));
        }));
        // a mark on a resource class also lands on the class's tag
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> tag.removeExtension(ANSWERS_IN_LANGUAGE));
        }
        nullableReferences(openAPI);
    }

    /**
     * A nullable field whose type is itself a schema component (@Schema(nullable = true) on a record component of a
     * record, enum or java.time type) would be written as {@code nullable: true} next to {@code allOf: [$ref]}. Under
     * OpenAPI 3.0.3 that does not admit null: nullable only widens the {@code type} of its own schema object, and the
     * referenced schema, inside allOf, still refuses null; validators (swagger-request-validator among them) reject
     * it. Each such schema becomes {@code type: T, nullable: true, anyOf: [$ref, {type: T, nullable: true,
     * enum: [null]}]}: the value is either the referenced schema or null, in plain 3.0.3. The filter runs at build and
     * again at startup, because the served document is the build's document read back, and reading simplifies that
     * null-only branch to {type: null}, which the writer would fold back into allOf.
     */
    static void nullableReferences(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        List<Schema> roots = new ArrayList<>(components.values());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                roots.addAll(schemasOf(operation.getRequestBody().getContent()));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> roots.addAll(schemasOf(response.getContent())));
            }
        }));
        roots.forEach(schema -> nullableReferences(schema, components));
    }

    private static List<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null ? List.of()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(s -> s != null).toList();
    }

    private static void nullableReferences(Schema schema, Map<String, Schema> components) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> nullableReferences(property, components));
        }
        nullableReferences(schema.getItems(), components);
        nullableReferences(schema.getAdditionalPropertiesSchema(), components);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(list -> list != null)
                .forEach(list -> list.forEach(part -> nullableReferences(part, components)));
        // The scanner models a nullable reference as in OpenAPI 3.1, anyOf: [$ref, {type: null}]; for 3.0 the writer
        // turns that into allOf: [$ref] + nullable: true. A null-only branch with a real type stays as it is.
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2 || anyOf.get(0).getRef() == null || !isNullOnly(anyOf.get(1))) {
            return;
        }
        Schema reference = anyOf.get(0);
        SchemaType referenced = nonNullType(components.get(reference.getRef()
                .substring(reference.getRef().lastIndexOf('/') + 1)));
        SchemaType type = referenced == null ? SchemaType.OBJECT : referenced;
        Schema nullOnly = OASFactory.createSchema().type(List.of(type, SchemaType.NULL));
        nullOnly.setEnumeration(new ArrayList<>(Collections.singletonList(null)));
        schema.setAnyOf(List.of(reference, nullOnly));
        schema.setType(List.of(type, SchemaType.NULL));
    }

    /** {type: null} as the scanner makes it, or as the runtime reads back a null-only branch written for 3.0. */
    private static boolean isNullOnly(Schema schema) {
        List<SchemaType> type = schema.getType();
        return schema.getRef() == null && type != null && !type.isEmpty()
                && type.stream().allMatch(SchemaType.NULL::equals)
                && Set.of("type", "enum").containsAll(schema.getAll().keySet())
                && (schema.getEnumeration() == null || schema.getEnumeration().stream().allMatch(Objects::isNull));
    }

    private static SchemaType nonNullType(Schema schema) {
        if (schema == null || schema.getType() == null) {
            return null;
        }
        return schema.getType().stream().filter(t -> t != SchemaType.NULL).findFirst().orElse(null);
    }

    /**
     * The Accept-Language parameter on an operation marked {@link #ANSWERS_IN_LANGUAGE}, where the scanner put it when
     * each method declared it: after the operation's own parameters, first of the shared ones (those are in name
     * order, and "Accept-Language" sorts before them all).
     */
    static void declareLanguage(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(ANSWERS_IN_LANGUAGE)) {
            return;
        }
        operation.removeExtension(ANSWERS_IN_LANGUAGE);
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(operation.getParameters());
        if (parameters.stream().noneMatch(p -> isReferenceTo(p, "Accept-Language"))) {
            int shared = 0;
            while (shared < parameters.size() && parameters.get(shared).getRef() == null) {
                shared++;
            }
            parameters.add(shared, OASFactory.createParameter().ref("Accept-Language"));
            if (operation.getParameters() != null) {
                operation.setParameters(parameters);
                return;
            }
            // The document keeps the order in which an operation's fields were first set: a new parameters field
            // would come last; the fields the scanner sets after it are set again after it.
            RequestBody body = operation.getRequestBody();
            APIResponses responses = operation.getResponses();
            List<SecurityRequirement> security = operation.getSecurity();
            operation.setRequestBody(null);
            operation.setResponses(null);
            operation.setSecurity(null);
            operation.setParameters(parameters);
            operation.setRequestBody(body);
            operation.setResponses(responses);
            operation.setSecurity(security);
        }
    }

    private static boolean isReferenceTo(Parameter parameter, String name) {
        return parameter.getRef() != null && parameter.getRef().endsWith("/" + name);
    }

    /**
     * Declares, where an operation does not already, the errors the platform serves for any operation: 400 (a
     * malformed Accept-Language, path or query value), 406 (content negotiation: an Accept the operation cannot
     * serve; not on the contract itself, whose handler answers JSON whatever Accept says), 413 (PlatformRoutes
     * refuses a declared Content-Length over the body limit on every path) and, for every POST, PUT and PATCH, 415
     * (PlatformRoutes refuses a body that is not JSON in UTF-8, whether or not the operation takes one). And those
     * that follow from the operation's declaration: 401 and 403 where it requires a token (a security requirement),
     * 412 and 428 where it takes If-Match (optimistic locking: a stale or a missing version).
     */
    static void addCommonResponses(Operation operation, boolean mayCarryABody) {
        Map<String, APIResponse> responses = new TreeMap<>(operation.getResponses().getAPIResponses());
        responses.putIfAbsent("400", OASFactory.createAPIResponse().ref("BadRequest"));
        if (!CONTRACT_OPERATION.equals(operation.getOperationId())) {
            responses.putIfAbsent("406", OASFactory.createAPIResponse().ref("NotAcceptable"));
        }
        responses.putIfAbsent("413", OASFactory.createAPIResponse().ref("PayloadTooLarge"));
        if (mayCarryABody) {
            responses.putIfAbsent("415", OASFactory.createAPIResponse().ref("UnsupportedMediaType"));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            responses.putIfAbsent("401", OASFactory.createAPIResponse().ref("Unauthorized"));
            responses.putIfAbsent("403", OASFactory.createAPIResponse().ref("Forbidden"));
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> isReferenceTo(p, "If-Match"))) {
            responses.putIfAbsent("412", OASFactory.createAPIResponse().ref("PreconditionFailed"));
            responses.putIfAbsent("428", OASFactory.createAPIResponse().ref("PreconditionRequired"));
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
