package io.parksuite.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/**
 * A record's API body rendered to JSON once, when a read cache takes it, with its ETag: the hot GETs
 * serve the same record many times between changes, and rendering it again for each one took about
 * a sixth of the service's CPU per read.
 */
public record RenderedJson(byte[] json, EntityTag etag) {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name());

    /** {@code body} as the REST layer would write it (the same mapper), tagged with {@code version}. */
    public static RenderedJson of(ObjectMapper mapper, Object body, long version) {
        try {
            return new RenderedJson(mapper.writeValueAsBytes(body), Versions.etag(version));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not render a " + body.getClass().getSimpleName(), e);
        }
    }

    /** 200 with the body and its ETag. */
    public Response ok() {
        return Response.ok(json, JSON).tag(etag).build();
    }
}
