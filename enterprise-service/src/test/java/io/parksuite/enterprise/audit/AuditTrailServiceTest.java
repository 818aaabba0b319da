package io.parksuite.enterprise.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.enterprise.EnterpriseRequests;
import io.parksuite.platform.audit.AuditChain;
import io.parksuite.platform.audit.AuditWriter;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's audit trail as a service runs it: writes, refusals and exports are recorded with
 * their actor, the entries are chained by hash, the database refuses to change them, and an entry
 * edited or deleted behind the service's back, or a chain cut short, is found.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,audit.heads"))
class AuditTrailServiceTest {

    @Inject
    AuditChain chain;

    @Inject
    AuditWriter writer;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void aWriteIsRecordedWithItsActorAndTheRevisionItMade() {
        String requestId = "audit-" + UUID.randomUUID();
        String uscc = TestUscc.random();
        EnterpriseRequests.post(given().header("X-Request-Id", requestId)
                        .auth().oauth2(TestTokens.forClient("park-admin", "registry-desk")), uscc, "审计示例有限公司")
                .statusCode(201);
        settleAfter(requestId);

        Object[] entry = entry(requestId);
        assertEquals("test-park-admin", entry[0]);
        assertEquals("park-admin", entry[1]);
        assertEquals("registry-desk", entry[2]);
        assertEquals("POST /api/v1/enterprises 201 write", entry[3] + " " + entry[4] + " " + entry[5] + " " + entry[6]);
        assertTrue(((String) entry[7]).contains("location=") && ((String) entry[7]).contains(uscc)
                && ((String) entry[7]).contains("revisions="), (String) entry[7]);
        assertTrue(chain.verify().isEmpty(), () -> chain.verify().toString());
    }

    @Test
    void refusedRequestsExportsAndConfidentialReadsAreRecorded() {
        String forbidden = "audit-" + UUID.randomUUID();
        EnterpriseRequests.post(given().header("X-Request-Id", forbidden).auth().oauth2(TestTokens.forRole("statistician")),
                TestUscc.random(), "无权登记").statusCode(403);
        String unauthenticated = "audit-" + UUID.randomUUID();
        given().header("X-Request-Id", unauthenticated).auth().oauth2(TestTokens.withAudience("park-admin", "another-system"))
                .get("/api/v1/enterprises").then().statusCode(401);
        String export = "audit-" + UUID.randomUUID();
        given().header("X-Request-Id", export).auth().oauth2(TestTokens.forRole("park-admin"))
                .get("/api/v1/enterprises/export").then().statusCode(200);
        String uscc = EnterpriseRequests.register("审计查阅示例有限公司");
        String confidential = "audit-" + UUID.randomUUID();
        given().header("X-Request-Id", confidential).auth().oauth2(TestTokens.forRole("park-leader"))
                .get("/api/v1/enterprises/{uscc}/history", uscc).then().statusCode(200);
        settleAfter(forbidden, unauthenticated, export, confidential);

        assertEquals("statistician 403 refused", entry(forbidden)[1] + " " + entry(forbidden)[5] + " " + entry(forbidden)[6]);
        assertEquals("anonymous 401 refused", entry(unauthenticated)[0] + " " + entry(unauthenticated)[5] + " " + entry(unauthenticated)[6]);
        assertEquals("GET 200 export", entry(export)[3] + " " + entry(export)[5] + " " + entry(export)[6]);
        assertEquals("test-park-leader GET /api/v1/enterprises/" + uscc + "/history 200 confidential-read",
                entry(confidential)[0] + " " + entry(confidential)[3] + " " + entry(confidential)[4] + " "
                        + entry(confidential)[5] + " " + entry(confidential)[6]);
    }

    @Test
    void whileTheBacklogIsFullAnApiRequestWaitsAndIsRefusedBeforeItRunsIfNoRoomFreesUp() {
        String refusedUscc = TestUscc.random();
        int held = holdTheWholeBacklog();
        try {
            String requestId = "audit-" + UUID.randomUUID();
            given().header("X-Request-Id", requestId).auth().oauth2(TestTokens.forRole("park-admin"))
                    .get("/api/v1/enterprises/export").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", endsWith("/service-unavailable"))
                    .body("requestId", equalTo(requestId));
            EnterpriseRequests.post(given().auth().oauth2(TestTokens.forRole("park-admin")), refusedUscc, "积压时登记")
                    .statusCode(503);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            release(held);
        }
        String export = "audit-" + UUID.randomUUID();
        given().header("X-Request-Id", export).auth().oauth2(TestTokens.forRole("park-admin"))
                .get("/api/v1/enterprises/export").then().statusCode(200);
        settleAfter(export);
        assertEquals("export", entry(export)[6]);
        given().auth().oauth2(TestTokens.forRole("park-admin")).get("/api/v1/enterprises/" + refusedUscc)
                .then().statusCode(404);
    }

    @Test
    void aWriteWaitingForRoomRunsWithItsWholeBodyOnceTheWriterCatchesUp() throws Exception {
        String requestId = "audit-" + UUID.randomUUID();
        String uscc = TestUscc.random();
        int held = holdTheWholeBacklog();
        CompletableFuture<Integer> status;
        try {
            status = CompletableFuture.supplyAsync(() -> EnterpriseRequests.post(given().header("X-Request-Id", requestId)
                    .auth().oauth2(TestTokens.forRole("park-admin")), uscc, "等候登记有限公司").extract().statusCode());
            Thread.sleep(500);
            assertFalse(status.isDone(), "the write waits while the backlog is full");
        } finally {
            release(held);
        }
        assertEquals(201, status.get(10, TimeUnit.SECONDS));
        settleAfter(requestId);
        assertEquals("write", entry(requestId)[6]);
        given().auth().oauth2(TestTokens.forRole("park-admin")).get("/api/v1/enterprises/" + uscc)
                .then().statusCode(200).body("name", equalTo("等候登记有限公司"));
    }

    private int holdTheWholeBacklog() {
        int held = 0;
        while (writer.reserve()) {
            held++;
        }
        return held;
    }

    private void release(int held) {
        for (int i = 0; i < held; i++) {
            writer.release();
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        long id = recordedEntry();
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update audit_entry set subject = 'someone-else' where id = ?1").setParameter(1, id)
                .executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from audit_entry where id = ?1").setParameter(1, id).executeUpdate()));
    }

    @Test
    void anEntryEditedBehindTheServicesBackIsNamed() {
        long id = recordedEntry();
        bypassingTheTriggers("update audit_entry set subject = 'someone-else' where id = " + id);
        try {
            List<AuditChain.Break> breaks = chain.verify();
            assertEquals(1, breaks.size(), breaks.toString());
            assertEquals(id, breaks.get(0).entryId());
            assertEquals("the entry was edited", breaks.get(0).problem());
        } finally {
            bypassingTheTriggers("update audit_entry set subject = 'test-park-admin' where id = " + id);
        }
        assertTrue(chain.verify().isEmpty(), () -> chain.verify().toString());
    }

    @Test
    void deletedEntriesAndATruncatedChainAreFound() throws Exception {
        recordedEntry();
        long id = recordedEntry();
        recordedEntry();
        AuditChain.Head published = chain.head().orElseThrow();
        assertTrue(chain.publish(published));
        List<ConsumerRecord<String, String>> heads = TopicReader.read("audit.heads",
                r -> r.value().contains("\"seq\":" + published.seq() + ","), 1, Duration.ofSeconds(20));
        assertEquals(1, heads.size());
        JsonNode head = objectMapper.readTree(heads.get(0).value());
        assertEquals("enterprise-service", heads.get(0).key());
        assertEquals(published.hash(), head.get("hash").asText());
        assertEquals("parksuite.audit.chain-head.v1", TopicReader.header(heads.get(0), "ce_type"));

        Object[] link = row("select seq, entry_id, prev_hash, hash from audit_chain where entry_id = ?1", id);
        Object[] entry = row("select * from audit_entry where id = ?1", id);
        bypassingTheTriggers("delete from audit_chain where entry_id = " + id, "delete from audit_entry where id = " + id);
        try {
            List<AuditChain.Break> breaks = chain.verify();
            assertEquals(1, breaks.size(), breaks.toString());
            assertEquals(((Number) link[0]).longValue(), breaks.get(0).seq());
            assertTrue(breaks.get(0).problem().contains("missing"), breaks.get(0).problem());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("alter table audit_entry disable trigger user").executeUpdate();
                insert("insert into audit_entry values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", entry);
                insert("insert into audit_chain (seq, entry_id, prev_hash, hash) values (?1, ?2, ?3, ?4)", link);
                entityManager.createNativeQuery("alter table audit_entry enable trigger user").executeUpdate();
            });
        }
        assertTrue(chain.verify().isEmpty(), () -> chain.verify().toString());

        bypassingTheTriggers("delete from audit_entry where id = " + id);
        try {
            assertEquals(List.of(new AuditChain.Break(((Number) link[0]).longValue(), id, "the entry was deleted")),
                    chain.verify(), "an entry deleted under its link");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("alter table audit_entry disable trigger user").executeUpdate();
                insert("insert into audit_entry values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", entry);
                entityManager.createNativeQuery("alter table audit_entry enable trigger user").executeUpdate();
            });
        }
        assertTrue(chain.verify().isEmpty(), () -> chain.verify().toString());

        assertTrue(chain.checkAgainst(published).isEmpty());
        bypassingTheTriggers("delete from audit_chain where seq >= " + (published.seq() - 1));
        assertTrue(chain.checkAgainst(published).orElseThrow().contains("cut short"));

        bypassingTheTriggers("update audit_entry set subject = 'someone-else' where id = " + published.entryId());
        chain.extend();
        assertTrue(chain.verify().isEmpty(), "a chain rebuilt over an edited entry holds in itself");
        assertTrue(chain.checkAgainst(published).orElseThrow().contains("rewritten"),
                "but it no longer matches the head published before the edit");
    }

    private long recordedEntry() {
        String requestId = "audit-" + UUID.randomUUID();
        EnterpriseRequests.post(given().header("X-Request-Id", requestId).auth().oauth2(TestTokens.forRole("park-admin")),
                TestUscc.random(), "审计链示例有限公司").statusCode(201);
        settleAfter(requestId);
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select id from audit_entry where request_id = ?1").setParameter(1, requestId).getSingleResult()).longValue());
    }

    private Object[] row(String query, long id) {
        return (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(query)
                .setParameter(1, id).getSingleResult());
    }

    private void insert(String statement, Object[] values) {
        var query = entityManager.createNativeQuery(statement);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
    }

    private Object[] entry(String requestId) {
        return (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select subject, roles, client, method, path, status, kind, detail from audit_entry
                        where request_id = ?1""").setParameter(1, requestId).getSingleResult());
    }

    /** The entry is handed to the writer when the response has ended, which may be just after the client read it. */
    private void settleAfter(String... requestIds) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            chain.settle();
            return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "select count(*) from audit_entry where request_id in (:ids)").setParameter("ids", List.of(requestIds))
                    .getSingleResult()).intValue()) == requestIds.length;
        });
        chain.settle();
    }

    private void bypassingTheTriggers(String... statements) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("alter table audit_entry disable trigger user").executeUpdate();
            entityManager.createNativeQuery("alter table audit_chain disable trigger user").executeUpdate();
            for (String statement : statements) {
                entityManager.createNativeQuery(statement).executeUpdate();
            }
            entityManager.createNativeQuery("alter table audit_entry enable trigger user").executeUpdate();
            entityManager.createNativeQuery("alter table audit_chain enable trigger user").executeUpdate();
        });
    }
}
