package io.parksuite.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.parksuite.platform.observability.RefreshFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the outbox is behind: {@code parksuite_outbox_backlog} (unpublished rows) and
 * {@code parksuite_outbox_oldest_age_seconds} (how long the oldest of them has waited). While
 * Kafka is down writes go on and the age grows: that gauge, not readiness, raises the alarm.
 * {@code parksuite_outbox_parked} counts rows parked because Kafka can never accept them (each
 * needs a fix and a replay). Read from the database on a schedule, so a scrape never waits on it;
 * every replica reports the same shared table. {@code parksuite_outbox_relay_active} is this
 * replica's own: 1 while it held the relay lock in its last attempt, so it is the one publishing.
 * {@code parksuite_outbox_sent_unmarked} is too: the rows Kafka has acknowledged in the attempt
 * under way and whose transaction has not yet marked them published (a crash now sends them again).
 */
@ApplicationScoped
public class OutboxMetrics {

    private final EntityManager entityManager;
    private final RefreshFailures refreshFailures;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong relayActive = new AtomicLong();
    private final AtomicLong sentUnmarked = new AtomicLong();

    public OutboxMetrics(EntityManager entityManager, MeterRegistry registry, RefreshFailures refreshFailures) {
        this.entityManager = entityManager;
        this.refreshFailures = refreshFailures;
        Gauge.builder("parksuite.outbox.parked", parked, AtomicLong::get)
                .description("Outbox rows parked because Kafka cannot accept them; replay after fixing the cause")
                .register(registry);
        Gauge.builder("parksuite.outbox.relay.active", relayActive, AtomicLong::get)
                .description("1 while this instance held the outbox relay lock in its last attempt, else 0")
                .register(registry);
        Gauge.builder("parksuite.outbox.sent.unmarked", sentUnmarked, AtomicLong::get)
                .description("Rows Kafka acknowledged in this instance's current relay attempt, not yet marked published")
                .register(registry);
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
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                    select count(*), min(occurred_at), count(*) filter (where parked_at is not null)
                    from outbox_event where published_at is null""").getSingleResult());
            backlog.set(((Number) row[0]).longValue());
            oldestAgeMillis.set(row[1] == null ? 0 : Math.max(0, Duration.between(toOffset(row[1]),
                    OffsetDateTime.now(ZoneOffset.UTC)).toMillis()));
            parked.set(((Number) row[2]).longValue());
        } catch (RuntimeException e) {
            refreshFailures.failed("outbox", e);
        }
    }

    /** Set by the relay after each attempt: whether this instance holds the relay lock. */
    void relayActive(boolean active) {
        relayActive.set(active ? 1 : 0);
    }

    /** Set by the relay: rows sent in the attempt under way and not yet marked (0 once it ends). */
    void sentUnmarked(long rows) {
        sentUnmarked.set(rows);
    }

    public long parked() {
        return parked.get();
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
