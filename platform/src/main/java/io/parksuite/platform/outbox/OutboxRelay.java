package io.parksuite.platform.outbox;

import io.parksuite.platform.events.CloudEventRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka in commit order and marks them published.
 * <p>
 * Each batch runs in one transaction that first takes {@code pg_try_advisory_xact_lock}: only one
 * replica of a service publishes at a time, and the lock is released with the transaction, so a
 * pooled connection never keeps it. A batch is marked published only after Kafka acknowledged
 * every record (idempotent producer, {@code acks=all}); a failure rolls the batch back and it is
 * sent again, in the same order, after a back-off. Consumers de-duplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    static final long ADVISORY_LOCK_KEY = 0x5041524b4f555442L;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxConfig config;
    private final OutboxProducerFactory producerFactory;
    private final CloudEventRecords records;
    private final CommitSignal commitSignal;
    private final EntityManager entityManager;

    private ExecutorService worker;
    private KafkaProducer<String, byte[]> producer;
    private volatile boolean running;
    private volatile boolean suspended;

    public OutboxRelay(OutboxConfig config, OutboxProducerFactory producerFactory, CloudEventRecords records,
                       CommitSignal commitSignal, EntityManager entityManager) {
        this.config = config;
        this.producerFactory = producerFactory;
        this.records = records;
        this.commitSignal = commitSignal;
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent event) {
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

    void onStop(@Observes ShutdownEvent event) {
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

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                if (!backoff.isZero()) {
                    Thread.sleep(backoff.toMillis());
                }
                if (!suspended) {
                    drain();
                }
                backoff = Duration.ZERO;
                commitSignal.await(config.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = nextBackoff(backoff);
                LOG.warnf("Outbox relay could not publish (%s); retrying in %d ms", rootMessage(e), backoff.toMillis());
                closeProducer();
            }
        }
    }

    private void drain() {
        int published;
        do {
            published = QuarkusTransaction.requiringNew().call(this::publishBatch);
        } while (running && !suspended && published == config.batchSize());
    }

    private int publishBatch() throws Exception {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, ADVISORY_LOCK_KEY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent where publishedAt is null order by position", OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            acks.add(kafka.send(records.toRecord(config.topic().get(), event)));
        }
        kafka.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        batch.forEach(event -> event.publishedAt = now);
        return batch.size();
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
