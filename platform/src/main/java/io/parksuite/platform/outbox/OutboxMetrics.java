package io.parksuite.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the outbox is behind: {@code parksuite_outbox_backlog} (unpublished rows) and
 * {@code parksuite_outbox_oldest_age_seconds} (how long the oldest of them has waited). While
 * Kafka is down writes go on and the age grows: that gauge, not readiness, raises the alarm.
 * Read from the database on a schedule, so a scrape never waits on it; every replica reports
 * the same shared table.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final EntityManager entityManager;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();

    public OutboxMetrics(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        Gauge.builder("parksuite.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet published to Kafka")
                .register(registry);
        Gauge.builder("parksuite.outbox.oldest.age", oldestAgeMillis, age -> age.get() / 1000.0)
                .description("Age of the oldest unpublished outbox row (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    @Scheduled(every = "${parksuite.metrics.outbox-refresh:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                    "select count(*), min(occurred_at) from outbox_event where published_at is null").getSingleResult());
            backlog.set(((Number) row[0]).longValue());
            oldestAgeMillis.set(row[1] == null ? 0 : Math.max(0, Duration.between(toOffset(row[1]),
                    OffsetDateTime.now(ZoneOffset.UTC)).toMillis()));
        } catch (RuntimeException e) {
            LOG.debugf("Outbox metrics not refreshed: %s", e.getMessage());
        }
    }

    public long backlog() {
        return backlog.get();
    }

    public Duration oldestAge() {
        return Duration.ofMillis(oldestAgeMillis.get());
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
