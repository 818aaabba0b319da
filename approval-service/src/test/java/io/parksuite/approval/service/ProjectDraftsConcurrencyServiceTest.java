package io.parksuite.approval.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.domain.Application;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.parksuite.approval.ApprovalFixtures.enterprise;
import static io.parksuite.approval.ApprovalFixtures.knownProject;
import static io.parksuite.approval.ApprovalFixtures.manager;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances handling the same 签约 (a redelivered event on one, the pending-draft sweep or a rebalanced
 * consumer on the other) must leave one draft per project and bundle, and neither may fail.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ProjectDraftsConcurrencyServiceTest {

    private static final String BUNDLE = "industrial-construction";

    @Inject
    ProjectDrafts drafts;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @BeforeEach
    void catalogue() throws Exception {
        manager().contentType(ContentType.JSON).body(Files.readString(Path.of("../deploy/demo/data/approval-service-items.json")))
                .post("/api/v1/approval/service-items/bulk").then().statusCode(200);
        manager().contentType(ContentType.JSON).body(Files.readString(Path.of("../deploy/demo/data/approval-bundles.json")))
                .post("/api/v1/approval/bundles/bulk").then().statusCode(200);
    }

    @Test
    void aSecondTransactionHandlingTheSameSigningWhileTheFirstIsOpenCreatesNoSecondDraft() throws Exception {
        UUID project = UUID.randomUUID();
        String uscc = TestUscc.random();
        CountDownLatch firstApplied = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Application> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                Application created = drafts.apply(signed(project, uscc));
                firstApplied.countDown();
                assertTrue(commitFirst.await(60, TimeUnit.SECONDS));
                return created;
            }));
            assertTrue(firstApplied.await(60, TimeUnit.SECONDS));
            Future<Application> second = pool.submit(() -> QuarkusTransaction.requiringNew().call(() ->
                    drafts.apply(signed(project, uscc))));
            // the second either finishes on its own or waits for the first: only then may the first commit
            await().atMost(Duration.ofSeconds(30)).until(() -> second.isDone() || waitingForALock());
            commitFirst.countDown();
            assertTrue(first.get(60, TimeUnit.SECONDS) != null, "the first transaction creates the draft");
            assertEquals(null, second.get(60, TimeUnit.SECONDS), "the second finds it and creates none");
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
        assertEquals(1, applications(project));
    }

    @Test
    void manyConcurrentDeliveriesWithNewEventIdsLeaveOneDraft() throws Exception {
        UUID project = UUID.randomUUID();
        String uscc = TestUscc.random();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            java.util.List<Future<Application>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> QuarkusTransaction.requiringNew().call(() ->
                        drafts.apply(signed(project, uscc)))));
            }
            long created = 0;
            for (Future<Application> call : calls) {
                created += call.get(60, TimeUnit.SECONDS) == null ? 0 : 1;
            }
            assertEquals(1, created, "exactly one call creates the draft, none fails");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, applications(project));
        QuarkusTransaction.requiringNew().call(() -> drafts.apply(signed(project, uscc)));
        assertEquals(1, applications(project), "a redelivery with a new event id adds nothing");
    }

    @Test
    void anEnterprisesOwnApplicationForItsProjectIsNotTheDesksDraft() {
        String uscc = TestUscc.random();
        UUID project = knownProject(uscc);
        for (int i = 0; i < 2; i++) {
            enterprise(uscc).contentType(ContentType.JSON).body("""
                            {"bundleCode":"%s","projectId":"%s","applicantName":"测试投资方","formData":{}}"""
                            .formatted(BUNDLE, project))
                    .post("/api/v1/approval/applications").then().statusCode(201);
        }
        assertEquals(2, applications(project), "applications an enterprise opens are its own, as many as it needs");
    }

    private static long applications(UUID project) {
        return QuarkusTransaction.requiringNew().call(() ->
                Application.count("projectId = ?1 and bundleCode = ?2", project, BUNDLE));
    }

    /** Whether a session of this database waits for a lock another one holds. */
    private boolean waitingForALock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select count(*) from pg_locks l join pg_stat_activity s on s.pid = l.pid
                where not l.granted and s.datname = current_database()""").getSingleResult()).longValue() > 0);
    }

    private IncomingEvent signed(UUID project, String uscc) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), "parksuite.project.stage-changed.v1",
                "/parksuite/project-service", project.toString(), OffsetDateTime.now(), objectMapper.readTree("""
                {"id":"%s","name":"并发签约项目","investor":{"uscc":"%s","name":"并发示例有限公司"},
                 "plannedInvestmentYuan":100000000,"from":"NEGOTIATING","to":"SIGNED","date":"2026-11-20",
                 "aggregateVersion":4}""".formatted(project, uscc)));
    }
}
