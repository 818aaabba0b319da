package io.parksuite.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Makes a creating request safe to retry: with an {@code Idempotency-Key}, the first request's
 * response is stored in the same transaction as what it created, and a retry with the same key
 * from the same client gets that response again instead of creating a second record, whichever
 * instance of the service it reaches. A concurrent retry waits on the key's row and then replays.
 * Reusing a key for a different request (by its {@link RequestFingerprint}) is a 422. A key is
 * scoped to the calling client application and the token's subject, so two users of one app never
 * share a key.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Caller caller;

    public IdempotencyKeys(EntityManager entityManager, ObjectMapper objectMapper, Caller caller) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.caller = caller;
    }

    /**
     * Runs {@code action} once per (client, subject, {@code key}) of the caller; without a key it
     * simply runs it. The stored answer commits with what {@code action} writes: this joins the
     * caller's transaction, or, called from a resource, is itself the transaction boundary around
     * the service calls in {@code action}.
     */
    @Transactional
    public Response once(String key, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ProblemException(400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "Idempotency-Key must be 1 to 128 characters of A-Z a-z 0-9 . _ : -", List.of());
        }
        String client = caller.clientId();
        String subject = caller.subject();
        String hash = RequestFingerprint.of(objectMapper, request);
        boolean claimed = entityManager.createNativeQuery(
                        "insert into idempotency_key (client, subject, key, request_hash) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, client).setParameter(2, subject).setParameter(3, key).setParameter(4, hash)
                .executeUpdate() == 1;
        if (!claimed) {
            return replay(client, subject, key, hash);
        }
        Response response = action.get();
        entityManager.createNativeQuery(
                        "update idempotency_key set status = ?4, location = ?5, etag = ?6, body = ?7"
                                + " where client = ?1 and subject = ?2 and key = ?3")
                .setParameter(1, client).setParameter(2, subject).setParameter(3, key)
                .setParameter(4, response.getStatus())
                .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(6, response.getEntityTag() == null ? null : response.getEntityTag().getValue())
                .setParameter(7, toJson(response.getEntity()))
                .executeUpdate();
        return response;
    }

    private Response replay(String client, String subject, String key, String hash) {
        Object[] stored = (Object[]) entityManager.createNativeQuery(
                        "select request_hash, status, location, etag, body from idempotency_key"
                                + " where client = ?1 and subject = ?2 and key = ?3")
                .setParameter(1, client).setParameter(2, subject).setParameter(3, key)
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

    private String toJson(Object value) {
        try {
            return value == null ? null : objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + value.getClass().getName(), e);
        }
    }
}
