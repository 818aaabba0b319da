package io.parksuite.platform.outbox;

import io.parksuite.platform.events.CloudEventRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka in commit order and marks them published.
 * <p>
 * Each batch runs in one transaction that first takes {@code pg_try_advisory_xact_lock}: only one
 * replica of a service publishes at a time, and the lock is released with the transaction, so a
 * pooled connection never keeps it. The transaction's timeout is derived from the producer's
 * (the topic's metadata is probed once, bounded by {@code max.block.ms}, then the records are sent
 * and acknowledged within the delivery timeout), so an attempt always ends before its lock could
 * pass to another replica. Rows are marked published only once Kafka acknowledged them
 * (idempotent producer, {@code acks=all}); sending stops at the first failure, the acknowledged
 * rows before it are marked, and the rest is sent again, in the same order, after a back-off.
 * Consumers de-duplicate by event id. A row Kafka can never accept (too large, invalid) is parked
 * instead: logged, counted by {@code parksuite_outbox_parked}, skipped with the later rows of its
 * aggregate until it is replayed, while other aggregates flow on.
 */
@ApplicationScoped
public class OutboxRelay {

    static final long ADVISORY_LOCK_KEY = 0x5041524b4f555442L;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Unpublished, unparked rows not behind a parked row of their aggregate, in commit order. */
    private static final String NEXT_BATCH = """
            select e.* from outbox_event e
            where e.published_at is null and e.parked_at is null
              and not exists (select 1 from outbox_event p
                              where p.parked_at is not null and p.published_at is null
                                and p.aggregate_type = e.aggregate_type and p.aggregate_id = e.aggregate_id
                                and p.position < e.position)
            order by e.position
            limit ?1""";
    /** Marks a batch's acknowledged rows in one statement, whatever their number. */
    private static final String MARK_PUBLISHED = "update outbox_event set published_at = ? where position = any(?)";

    private final OutboxConfig config;
    private final OutboxProducerFactory producerFactory;
    private final CloudEventRecords records;
    private final CommitSignal commitSignal;
    private final EntityManager entityManager;
    private final OutboxMetrics metrics;

    private ExecutorService worker;
    private KafkaProducer<String, byte[]> producer;
    private volatile boolean running;
    private volatile boolean suspended;

    public OutboxRelay(OutboxConfig config, OutboxProducerFactory producerFactory, CloudEventRecords records,
                       CommitSignal commitSignal, EntityManager entityManager, OutboxMetrics metrics) {
        this.config = config;
        this.producerFactory = producerFactory;
        this.records = records;
        this.commitSignal = commitSignal;
        this.entityManager = entityManager;
        this.metrics = metrics;
    }

    /** Starts this instance's relay thread, if it runs a relay at all. */
    public void onStart(@Observes StartupEvent event) {
        if (!config.relayEnabled() || config.topic().isEmpty()) {
            LOG.info("Outbox relay not running on this instance");
            return;
        }
        running = true;
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        worker.submit(this::run);
    }

    /** Stops the relay thread; a batch in flight is rolled back and sent again later. */
    public void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.shutdownNow();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        commitSignal.close();
        closeProducer();
    }

    /** Stops publishing (rows keep accumulating in the outbox) until {@link #resume()}. */
    public void suspend() {
        suspended = true;
    }

    public void resume() {
        suspended = false;
    }

    public boolean isSuspended() {
        return suspended;
    }

    /**
     * Publishes what is waiting now, batch after batch, on the caller's thread (the relay's own
     * thread calls it on every commit signal); returns the rows published. Does nothing while
     * another replica holds the relay lock. A failure ends the call after the rows Kafka
     * acknowledged are marked; the producer is then rebuilt on the next call.
     */
    public int publishPending() {
        String topic = config.topic().orElseThrow(() -> new IllegalStateException("parksuite.outbox.topic is not set"));
        int timeout = (int) Math.max(1, OutboxProducerFactory.batchTransactionTimeout(config).toSeconds());
        int published = 0;
        try {
            Attempt attempt;
            do {
                try {
                    attempt = QuarkusTransaction.requiringNew().timeout(timeout).call(() -> publishBatch(topic));
                } finally {
                    metrics.sentUnmarked(0);
                }
                published += attempt.published();
                if (attempt.failure() != null) {
                    throw new RelayFailure(attempt.failure());
                }
            } while (attempt.more() && !Thread.currentThread().isInterrupted());
            return published;
        } catch (RuntimeException | Error e) {
            metrics.relayActive(false);
            closeProducer();
            throw e;
        }
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                if (!backoff.isZero()) {
                    Thread.sleep(backoff.toMillis());
                }
                if (!suspended) {
                    publishPending();
                }
                backoff = Duration.ZERO;
                commitSignal.await(config.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = nextBackoff(backoff);
                LOG.warnf("Outbox relay could not publish (%s); retrying in %d ms", rootMessage(e), backoff.toMillis());
            } catch (Throwable e) {
                backoff = nextBackoff(backoff);
                LOG.errorf(e, "Outbox relay failed unexpectedly; retrying in %d ms", backoff.toMillis());
            }
        }
    }

    private Attempt publishBatch(String topic) throws InterruptedException {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, ADVISORY_LOCK_KEY)
                .getSingleResult();
        metrics.relayActive(Boolean.TRUE.equals(locked));
        if (!Boolean.TRUE.equals(locked) || suspended) {
            return Attempt.NONE;
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery(NEXT_BATCH, OutboxEvent.class)
                .setParameter(1, config.batchSize())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        if (batch.isEmpty()) {
            return Attempt.NONE;
        }
        KafkaProducer<String, byte[]> kafka = producer();
        kafka.partitionsFor(topic);
        List<ProducerRecord<String, byte[]>> outgoing = batch.stream().map(event -> records.toRecord(topic, event)).toList();
        BatchSend.Outcome outcome = BatchSend.send(kafka, outgoing, config.sendTimeout());
        metrics.sentUnmarked(outcome.acknowledged());
        if (outcome.acknowledged() > 0 && !config.pauseBeforeMark().isZero()) {
            Thread.sleep(config.pauseBeforeMark().toMillis());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        markPublished(batch.subList(0, outcome.acknowledged()), now);
        if (outcome.failure() == null) {
            return new Attempt(batch.size(), batch.size() == config.batchSize(), null);
        }
        if (outcome.permanentFailure()) {
            park(batch.get(outcome.acknowledged()), outcome.failure(), now);
            return new Attempt(outcome.acknowledged(), true, null);
        }
        return new Attempt(outcome.acknowledged(), false, outcome.failure());
    }

    private void markPublished(List<OutboxEvent> events, OffsetDateTime now) {
        if (events.isEmpty()) {
            return;
        }
        Long[] positions = events.stream().map(event -> event.position).toArray(Long[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement mark = connection.prepareStatement(MARK_PUBLISHED)) {
                mark.setObject(1, now);
                mark.setArray(2, connection.createArrayOf("bigint", positions));
                mark.executeUpdate();
            }
        });
    }

    private void park(OutboxEvent event, Throwable failure, OffsetDateTime now) {
        String reason = rootMessage(failure);
        entityManager.createNativeQuery("update outbox_event set parked_at = ?1, park_reason = ?2 where position = ?3")
                .setParameter(1, now)
                .setParameter(2, reason)
                .setParameter(3, event.position)
                .executeUpdate();
        LOG.errorf("Outbox row %s (position %d, %s %s, %s) parked: Kafka cannot accept it (%s). Later rows of "
                        + "the aggregate wait; fix the cause, then replay parked rows (deploy/suite outbox replay)",
                event.id, event.position, event.aggregateType, event.aggregateId, event.type, reason);
    }

    /** One batch's result: rows published, whether more may be waiting, and what stopped it. */
    private record Attempt(int published, boolean more, Throwable failure) {
        static final Attempt NONE = new Attempt(0, false, null);
    }

    /** A batch ended by Kafka after its acknowledged rows were marked; the rest is retried. */
    private static final class RelayFailure extends RuntimeException {
        RelayFailure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = producerFactory.create();
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? Duration.ofMillis(200) : current.multipliedBy(2);
        return next.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : next;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
