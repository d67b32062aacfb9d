package nl.ecza.registry.common.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the body of every 4xx and 5xx response. Its OpenAPI schema is written by hand in
 * META-INF/openapi.yaml, next to the shared error responses that use it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
        List<InvalidParam> invalidParams) {

    /** One rejected parameter or field: its name and why. */
    public record InvalidParam(String name, String reason) {
    }
}
