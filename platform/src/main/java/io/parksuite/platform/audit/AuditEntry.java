package io.parksuite.platform.audit;

import java.time.OffsetDateTime;

/**
 * One recorded request: who (subject, roles, client), when, which request, what it asked
 * ({@code method} and {@code path}), how it ended ({@code status}) and what it changed or read
 * ({@code detail}: the Location and ETag of a write, the Envers revisions it made).
 */
public record AuditEntry(OffsetDateTime occurredAt, String requestId, String subject, String roles, String client,
                         String method, String path, int status, Kind kind, String detail) {

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
