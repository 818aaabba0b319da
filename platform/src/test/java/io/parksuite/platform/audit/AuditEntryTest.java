package io.parksuite.platform.audit;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditEntryTest {

    @Test
    void valuesLongerThanTheirColumnsAreCutShortSoTheBatchCanBeInserted() {
        String path = "/api/v1/approval/applications/" + "x".repeat(3000) + "/withdraw";
        AuditEntry entry = new AuditEntry(OffsetDateTime.now(), "r".repeat(500), "s".repeat(300), "park-admin",
                null, "POST", path, 422, AuditEntry.Kind.WRITE, "d".repeat(10_000));

        assertEquals(2048, entry.path().length());
        assertTrue(entry.path().startsWith("/api/v1/approval/applications/xxx") && entry.path().endsWith("…"));
        assertEquals(128, entry.requestId().length());
        assertEquals(255, entry.subject().length());
        assertNull(entry.client());
        assertEquals("POST", entry.method());
        assertEquals(10_000, entry.detail().length(), "detail is a text column");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String cut = AuditEntry.fit("a".repeat(6) + "𠀀".repeat(5), 8);
        assertTrue(cut.length() <= 8);
        assertTrue(cut.codePoints().noneMatch(c -> Character.isSurrogate((char) c)), cut);
    }

    @Test
    void aNulCharacterWhichPostgresqlCannotStoreIsReplaced() {
        AuditEntry entry = new AuditEntry(OffsetDateTime.now(), null, "sub\u0000ject", "park-admin", "desk\u0000",
                "GET", "/api/v1/enterprises", 200, AuditEntry.Kind.CONFIDENTIAL_READ, "a\u0000b");

        assertEquals("sub\uFFFDject", entry.subject());
        assertEquals("desk\uFFFD", entry.client());
        assertEquals("a\uFFFDb", entry.detail());
    }
}
