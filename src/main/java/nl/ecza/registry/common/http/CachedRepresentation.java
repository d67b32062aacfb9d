package nl.ecza.registry.common.http;

import java.util.function.Supplier;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import nl.ecza.registry.common.language.Language;

/**
 * Public reads come from an immutable read model, so a representation is fully identified by the model's
 * version and the language: that pair is the ETag, and a matching If-None-Match gets a 304 without
 * building the body.
 */
public final class CachedRepresentation {

    /** Short enough that a new nomenclature or publication reaches browsers within minutes. */
    private static final int MAX_AGE_SECONDS = 300;

    private CachedRepresentation() {
    }

    public static Response ok(Request request, String version, Language language, Supplier<Object> body) {
        EntityTag tag = new EntityTag(version + "-" + language.code());
        CacheControl cacheControl = new CacheControl();
        cacheControl.setMaxAge(MAX_AGE_SECONDS);
        cacheControl.setNoTransform(false);
        cacheControl.getCacheExtension().put("public", null);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body.get());
        return builder.tag(tag)
                .cacheControl(cacheControl)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, "Accept-Language")
                .build();
    }
}
