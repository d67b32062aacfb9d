package nl.ecza.registry.common.http;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;
import nl.ecza.registry.common.cache.Memo;
import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.common.language.Language;

/**
 * Public reads come from an immutable read model, so a representation is fully identified by the model's
 * version, the day, the language and the request URI. That makes the ETag (a matching If-None-Match gets a 304
 * without building anything), and it makes the encoded body safe to keep: a repeated request - the same
 * disease searched by thousands after a news item - is answered with bytes already made. Entries of an older
 * version are never asked for again and age out. Works on the raw HTTP request, because the JAX-RS Request
 * copies every header on each call, which at public traffic is most of the garbage.
 */
@ApplicationScoped
public class PublicRepresentations {

    /** Short enough that a new nomenclature or publication reaches browsers within minutes. */
    static final String CACHE_CONTROL = "max-age=300, public";
    /**
     * At most 64 MB, and at most an eighth of the heap: at a 256 MB heap a 64 MB cache doubles what the service keeps
     * (about 60 MB) and, filled by distinct traffic, makes the old generation collect every few seconds.
     */
    static final long CACHE_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);

    private final ObjectMapper json;
    private final Memo<String, byte[]> bodies;

    @Inject
    public PublicRepresentations(ObjectMapper json, RegistryConfig config) {
        this.json = json;
        this.bodies = Memo.weighted(config.readModel().cachedAnswers() == 0 ? 0 : CACHE_BYTES,
                (String key, byte[] body) -> key.length() + body.length);
    }

    /**
     * @param version what the body depends on besides language and URI: the read model's version and, where
     *                visibility depends on the date, the day
     */
    public Response ok(HttpServerRequest request, String version, Language language, Supplier<Object> body) {
        String etag = "\"" + version + "-" + language.code() + "\"";
        Response.ResponseBuilder builder = matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)
                ? Response.notModified()
                : Response.ok(bodies.get(etag + " " + request.uri(), key -> encode(body.get())),
                        MediaType.APPLICATION_JSON_TYPE);
        return builder.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, "Accept, Accept-Language")
                .build();
    }

    /** The same for a body that is not JSON (CSV downloads): the media type is part of the ETag. */
    public Response ok(HttpServerRequest request, String version, Language language, MediaType type,
            Supplier<byte[]> body) {
        String etag = "\"" + version + "-" + language.code() + "-" + type.getSubtype() + "\"";
        Response.ResponseBuilder builder = matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)
                ? Response.notModified()
                : Response.ok(bodies.get(etag + " " + request.uri(), key -> body.get()), type);
        return builder.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, "Accept, Accept-Language")
                .build();
    }

    /** RFC 9110 If-None-Match: "*" or a list of entity tags, compared weakly. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private byte[] encode(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not encode a public representation", e);
        }
    }
}
