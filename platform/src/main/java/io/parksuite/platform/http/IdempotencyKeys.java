package io.parksuite.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Makes a creating request safe to retry: with an {@code Idempotency-Key}, the first request's
 * response is stored in the same transaction as what it created, and a retry with the same key
 * from the same client gets that response again instead of creating a second record. A
 * concurrent retry waits on the key's row and then replays. Reusing a key for a different
 * request is a 422.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public IdempotencyKeys(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Runs {@code action} once per ({@code client}, {@code key}); without a key it simply runs it.
     * Must be called inside the transaction that {@code action} writes in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response once(String client, String key, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ProblemException(400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "Idempotency-Key must be 1 to 128 characters of A-Z a-z 0-9 . _ : -", List.of());
        }
        String hash = hash(request);
        boolean claimed = entityManager.createNativeQuery(
                        "insert into idempotency_key (client, key, request_hash) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, client).setParameter(2, key).setParameter(3, hash)
                .executeUpdate() == 1;
        if (!claimed) {
            return replay(client, key, hash);
        }
        Response response = action.get();
        entityManager.createNativeQuery(
                        "update idempotency_key set status = ?3, location = ?4, etag = ?5, body = ?6 where client = ?1 and key = ?2")
                .setParameter(1, client).setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(5, response.getEntityTag() == null ? null : response.getEntityTag().getValue())
                .setParameter(6, toJson(response.getEntity()))
                .executeUpdate();
        return response;
    }

    private Response replay(String client, String key, String hash) {
        Object[] stored = (Object[]) entityManager.createNativeQuery(
                        "select request_hash, status, location, etag, body from idempotency_key where client = ?1 and key = ?2")
                .setParameter(1, client).setParameter(2, key)
                .getSingleResult();
        if (!hash.equals(stored[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request", List.of());
        }
        Response.ResponseBuilder builder = Response.status(((Number) stored[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (stored[2] != null) {
            builder.header(HttpHeaders.LOCATION, stored[2]);
        }
        if (stored[3] != null) {
            builder.tag((String) stored[3]);
        }
        if (stored[4] != null) {
            builder.entity(stored[4]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return builder.build();
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return value == null ? null : objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + value.getClass().getName(), e);
        }
    }
}
