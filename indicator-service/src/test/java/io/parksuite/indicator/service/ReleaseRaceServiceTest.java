package io.parksuite.indicator.service;

import io.agroal.api.AgroalDataSource;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Release;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.testing.KafkaTestBroker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances recording the first release of a period at once: the one that inserts first wins,
 * and once that release has passed, the other cannot move it, even though it looked before the
 * first had committed and saw no release at all.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class ReleaseRaceServiceTest {

    private static final Period PERIOD = new Period(2010, 7);
    private static final OffsetDateTime FIRST = OffsetDateTime.parse("2010-08-10T10:00+08:00");
    private static final OffsetDateTime SECOND = OffsetDateTime.parse("2010-08-20T10:00+08:00");

    @Inject
    Releases releases;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReleaseRecordedConcurrentlyCannotMoveOneThatHasPassed() throws Exception {
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                releases.record(List.of(new Releases.Request(PERIOD, FIRST)), "first");
                firstWritten.countDown();
                awaitLatch(commitFirst);
            }));
            assertTrue(firstWritten.await(20, TimeUnit.SECONDS), "the first recording wrote its row");
            Future<Throwable> second = pool.submit(() -> {
                try {
                    QuarkusTransaction.requiringNew().run(() ->
                            releases.record(List.of(new Releases.Request(PERIOD, SECOND)), "second"));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            await().atMost(20, TimeUnit.SECONDS).until(() -> sessionsWaitingForALock() > 0);
            commitFirst.countDown();
            first.get(20, TimeUnit.SECONDS);

            Throwable refused = second.get(20, TimeUnit.SECONDS);
            assertInstanceOf(ProblemException.class, refused, "the second recording is refused");
            assertEquals(409, ((ProblemException) refused).status());
            Release kept = releases.list().stream().filter(release -> release.period().equals(PERIOD)).findFirst().orElseThrow();
            assertEquals(FIRST.toInstant(), kept.releasedAt().toInstant());
            assertEquals("first", kept.recordedBy());
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    private int sessionsWaitingForALock() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("""
                     select count(*) from pg_stat_activity
                      where datname = current_database() and wait_event_type = 'Lock'""")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
