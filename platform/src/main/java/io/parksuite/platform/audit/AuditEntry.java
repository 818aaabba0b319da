package io.parksuite.platform.audit;

import java.time.OffsetDateTime;

/**
 * One recorded request: who (subject, roles, client), when, which request, what it asked
 * ({@code method} and {@code path}), how it ended ({@code status}) and what it changed or read
 * ({@code detail}: the Location and ETag of a write, the Envers revisions it made). Values longer
 * than their column are cut short (ending in …), and NUL characters, which PostgreSQL's text cannot
 * hold, become U+FFFD, so one odd request, such as a path of thousands of characters or a token
 * whose subject holds a NUL, cannot make its batch fail and stall the trail behind it.
 */
public record AuditEntry(OffsetDateTime occurredAt, String requestId, String subject, String roles, String client,
                         String method, String path, int status, Kind kind, String detail) {

    public AuditEntry {
        requestId = fit(requestId, 128);
        subject = fit(subject, 255);
        roles = fit(roles, 512);
        client = fit(client, 255);
        method = fit(method, 16);
        path = fit(path, 2048);
        detail = withoutNul(detail);
    }

    /** {@code value} cut to at most {@code max} characters of its varchar column. */
    static String fit(String value, int max) {
        value = withoutNul(value);
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    private static String withoutNul(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', '\uFFFD');
    }

    /** Why a request is in the trail. */
    public enum Kind {
        /** Any API request that may change state (POST, PUT, PATCH, DELETE), whatever its outcome. */
        WRITE,
        /** A request refused for its credentials (401) or its role (403). */
        REFUSED,
        /** A successful read of confidential data. */
        CONFIDENTIAL_READ,
        /** A successful export (CSV, XLSX). */
        EXPORT
    }
}
