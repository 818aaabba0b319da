package io.parksuite.testing.probe;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.parksuite.platform.inbox.StuckRecords;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.parksuite.testing.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,platform-test.enterprise.events.dlq,platform-test.events"))
class ConsumerFaultsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    private long applied(Connection connection, String uscc) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from probe_applied where uscc = ?")) {
            count.setString(1, uscc);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long applied(String uscc) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return applied(connection, uscc);
        }
    }

    private double stuckSeconds() {
        Gauge gauge = registry.find("parksuite.inbox.stuck.seconds").tag("consumer", ProbeConsumer.CONSUMER).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    /** Collects the stuck-record report's WARN lines (pattern and arguments) into {@code lines}. */
    private static Handler stuckReports(List<String> lines) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    lines.add(record.getMessage() + " " + Arrays.toString(record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger(StuckRecords.class.getName()).addHandler(handler);
        return handler;
    }

    @Test
    void aBatchHeldByALockedTableBeyondItsTransactionTimeoutIsReportedKeepsTheServiceLiveAndIsAppliedOnceWhenReleased() throws Exception {
        String warmUp = TestUscc.random();
        TopicWriter.send(Registrations.registered(warmUp, "预热企业"));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(warmUp) == 1);

        List<String> reports = new CopyOnWriteArrayList<>();
        Handler handler = stuckReports(reports);
        String held = TestUscc.random();
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("lock table probe_applied in access exclusive mode");
            }
            TopicWriter.send(Registrations.registered(held, "被锁企业"));

            await().atMost(Duration.ofSeconds(30)).until(() -> stuckSeconds() >= 4
                    && reports.stream().anyMatch(line -> line.contains(ProbeConsumer.CONSUMER)
                    && line.contains(Registrations.TOPIC) && line.contains("partition") && line.contains("offset")));
            assertTrue(registry.find("parksuite.inbox.stuck.reports").tag("consumer", ProbeConsumer.CONSUMER)
                    .counter().count() >= 1);
            given().when().get("/q/health/live").then().statusCode(200);
            assertEquals(0, applied(locker, held));
            locker.rollback();
        } finally {
            Logger.getLogger(StuckRecords.class.getName()).removeHandler(handler);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(held) == 1);
        String next = TestUscc.random();
        TopicWriter.send(Registrations.registered(next, "之后的企业"));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(next) == 1);
        assertEquals(1, applied(held), "applied once");
        assertTrue(TopicReader.read(Registrations.DEAD_LETTERS, record -> held.equals(record.key()), 1,
                Duration.ofSeconds(3)).isEmpty(), "a batch that outlived its transaction's timeout is retried, not dead-lettered");
        await().atMost(Duration.ofSeconds(10)).until(() -> stuckSeconds() < 2);
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aJavaErrorInTheHandlerDeadLettersThatRecordAloneAndItsNeighboursAreApplied() throws Exception {
        String before = TestUscc.random();
        String failing = TestUscc.random();
        String after = TestUscc.random();
        TopicWriter.sendAll(List.of(Registrations.registered(before, "之前的企业"),
                Registrations.registered(failing, ProbeConsumer.FAILING_NAME + "-企业"),
                Registrations.registered(after, "之后的企业")));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(before) == 1 && applied(after) == 1);
        List<ConsumerRecord<String, String>> deadLetters = TopicReader.read(Registrations.DEAD_LETTERS,
                record -> Set.of(before, failing, after).contains(record.key()), 3, Duration.ofSeconds(8));
        assertEquals(List.of(failing), deadLetters.stream().map(ConsumerRecord::key).toList());
        assertEquals(0, applied(failing));
        assertTrue(String.valueOf(TopicReader.header(deadLetters.get(0), "dead-letter-reason")).contains("AssertionError")
                || String.valueOf(TopicReader.header(deadLetters.get(0), "dead-letter-reason")).contains("refuses"),
                TopicReader.header(deadLetters.get(0), "dead-letter-reason"));
    }
}
