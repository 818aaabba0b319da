package io.parksuite.platform.http;

import io.parksuite.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

import java.util.List;

/**
 * Optimistic concurrency over HTTP: a record's ETag is its version, and an update must say which
 * version it read ({@code If-Match}). Missing → 428, stale → 412.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition Required",
                    "Send If-Match with the ETag you read, so that concurrent changes are not lost", List.of());
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || unquote(tag).equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("The record changed since you read it: its ETag is now \""
                + currentVersion + "\"; read it again and retry");
    }

    private static String unquote(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
