package io.parksuite.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One write operation of a service's OpenAPI document, with what the generator needs to break
 * it: the parameters, the body's media types and (resolved) schema, the item schema of a bulk
 * upload, the roles allowed to call it, the other methods its path serves and the statuses its
 * document says it answers with.
 */
record Operation(String service, String method, String path,
                 Map<String, JsonNode> pathParams, Map<String, JsonNode> queryParams, Set<String> headers,
                 List<String> mediaTypes, JsonNode bodySchema, JsonNode itemSchema,
                 List<String> roles, Set<String> pathMethods, Set<Integer> documentedStatuses) {

    boolean hasBody() {
        return !mediaTypes.isEmpty();
    }

    boolean hasJsonBody() {
        return mediaTypes.contains("application/json");
    }

    /** A JSON object body described field by field (not a raw string or upload). */
    boolean hasObjectBody() {
        return hasJsonBody() && bodySchema != null && bodySchema.has("properties");
    }

    String label() {
        return method + " " + path;
    }
}
