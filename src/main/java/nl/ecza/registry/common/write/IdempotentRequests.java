package nl.ecza.registry.common.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.ecza.registry.common.language.LocalizedText;
import nl.ecza.registry.common.problem.InvalidParametersException;
import nl.ecza.registry.common.problem.RegistryException;

/**
 * The Idempotency-Key header on creates and submissions: the first request's answer is stored in the same
 * transaction as its effect, and a retry with the same key (same caller with the same roles and institutions, same
 * request) gets that answer again instead of a duplicate. The same key on a different request, or from a caller with
 * other authority, is refused.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** What a write answered: replayed verbatim for a retry. */
    public record Answer(int status, String location, String etag, Object body) {
    }

    /** An operation that must run at most once per key. */
    @FunctionalInterface
    public interface Operation {
        Answer run();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Response once(String actor, String authority, String key, String method, String path, Object request,
            Operation operation) {
        if (key == null) {
            return response(operation.run(), false);
        }
        if (key.isBlank() || key.length() > 200) {
            throw InvalidParametersException.of(HEADER, "1 tot 200 tekens", "1 to 200 characters");
        }
        // The caller's authority is part of the request: the same key
        // from a caller who may do other things is not a retry.
        String hash = hash(authority + "\n" + method + " " + path + "\n" + write(request));
        // Serialises concurrent retries of one key: the second waits for the first to commit, then replays it.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, actor + "\n" + key)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery(
                "select request_hash, status, location, etag, body from idempotent_request where actor = ?1 and "
                        + "idempotency_key = ?2")
                .setParameter(1, actor).setParameter(2, key).getResultList();
        if (!stored.isEmpty()) {
            Object[] row = stored.get(0);
            if (!hash.equals(row[0])) {
                throw new KeyReusedException(key);
            }
            return response(new Answer(((Number) row[1]).intValue(), (String) row[2], (String) row[3], row[4]), true);
        }
        Answer answer = operation.run();
        em.createNativeQuery("insert into idempotent_request (actor, idempotency_key, request_hash, status, location, "
                + "etag, body, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, actor).setParameter(2, key).setParameter(3, hash).setParameter(4, answer.status())
                .setParameter(5, answer.location()).setParameter(6, answer.etag()).setParameter(7, write(answer.body()))
                .setParameter(8, clock.instant()).executeUpdate();
        return response(answer, false);
    }

    private Response response(Answer answer, boolean replayed) {
        Object body = answer.body() instanceof String stored ? stored : write(answer.body());
        Response.ResponseBuilder builder = Response.status(answer.status()).entity(body)
                .type(MediaType.APPLICATION_JSON_TYPE);
        if (answer.location() != null) {
            builder.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            builder.header(HttpHeaders.ETAG, answer.etag());
        }
        if (replayed) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder.build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key was used before for a different request. */
    public static final class KeyReusedException extends RegistryException {
        public KeyReusedException(String key) {
            super(LocalizedText.of(
                    "De Idempotency-Key '%s' is al gebruikt voor een ander verzoek; kies een nieuwe sleutel."
                            .formatted(key),
                    "The Idempotency-Key '%s' was already used for a different request; choose a new key."
                            .formatted(key)));
        }
    }
}
