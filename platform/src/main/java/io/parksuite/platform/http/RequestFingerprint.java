package io.parksuite.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a request's JSON with map entries sorted by key, so that every instance of a
 * service computes the same fingerprint for the same request: {@code Map.of} and hash maps
 * iterate in an order that differs from one JVM to the next, and a retry that reaches the other
 * instance must still be recognised as the same request.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(ObjectMapper objectMapper, Object request) {
        ObjectWriter canonical = objectMapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + request.getClass().getName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
