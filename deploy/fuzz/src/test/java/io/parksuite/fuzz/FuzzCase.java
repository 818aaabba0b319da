package io.parksuite.fuzz;

import java.util.Map;

/**
 * One generated request: the operation it targets, the kind of bad input, and the exact bytes
 * sent (method, path with query, headers, body; a null content type sends none).
 */
record FuzzCase(Operation operation, Kind kind, String method, String pathAndQuery,
                String contentType, Map<String, String> headers, byte[] body, String role) {
}
