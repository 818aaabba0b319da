package io.parksuite.platform.inbox;

import io.opentelemetry.context.Scope;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.observability.MessageTraces;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Processes Kafka records exactly once per consumer: each record's CloudEvents id is written to
 * {@code processed_event(consumer, event_id)} in the same transaction as the handler's effects, so
 * a redelivered event changes nothing. Records arrive in batches (the channel's {@code batch=true})
 * and a batch is one transaction: one commit, one multi-row inbox insert, the handler's
 * {@link EventHandler#prepare} for all new events, then its {@code handle} for each in partition
 * order. An event of the suite's catalogue that the consumer does not handle is acknowledged
 * unread, since every topic carries all of its aggregate's event types. When a handler rejects an
 * event, the batch is rolled back and its records are processed one by one, so only the poison
 * record is nacked (the channel dead-letters it); passing failures are retried with back-off,
 * holding the partitions, for as long as they last ({@link StuckRecords} reports a batch held too
 * long); a Java {@code Error} from a handler is that record's failure like any other; a batch
 * interrupted by shutdown stays uncommitted, to be delivered again. The handler runs in the trace
 * the record's {@code traceparent} header continues, so its logs and the events it records join
 * that trace.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager entityManager;
    private final CloudEventReader reader;
    private final Duration maxBackoff;
    private final InboxMetrics metrics;
    private final StuckRecords stuckRecords;
    private volatile boolean stopping;

    public IdempotentConsumer(EntityManager entityManager, CloudEventReader reader,
                              @ConfigProperty(name = "parksuite.inbox.max-backoff", defaultValue = "30s") Duration maxBackoff,
                              InboxMetrics metrics, StuckRecords stuckRecords) {
        this.entityManager = entityManager;
        this.reader = reader;
        this.maxBackoff = maxBackoff;
        this.metrics = metrics;
        this.stuckRecords = stuckRecords;
    }

    /**
     * Handles a batch of Kafka records for {@code consumer} and settles it: acknowledged once every
     * record is processed, a duplicate, skipped or dead-lettered. A batch whose processing is cut
     * short by the application stopping is not settled: its offsets are not committed, and it is
     * delivered again after the restart.
     */
    public CompletionStage<Void> consume(String consumer, KafkaRecordBatch<String, String> batch,
                                         Set<String> acceptedTypes, EventHandler handler) {
        List<Received> received = new ArrayList<>(batch.getRecords().size());
        List<CompletionStage<Void>> deadLetters = new ArrayList<>();
        for (KafkaRecord<String, String> message : batch.getRecords()) {
            ConsumerRecord<String, String> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                    .orElse(null);
            if (record == null) {
                deadLetters.add(deadLetter(consumer, message, new PoisonEventException("Not a Kafka record")));
                continue;
            }
            if (reader.isOtherKnownType(record, acceptedTypes)) {
                metrics.skipped(consumer);
                continue;
            }
            try {
                received.add(new Received(message, reader.read(record, acceptedTypes)));
            } catch (PoisonEventException e) {
                deadLetters.add(deadLetter(consumer, message, e));
            }
        }
        try (StuckRecords.Watch watch = watch(consumer, batch)) {
            settle(consumer, received, handler, deadLetters, watch);
        } catch (StoppingException e) {
            LOG.debugf("Left a batch of %s unsettled for redelivery: the application is stopping", consumer);
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.allOf(deadLetters.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(ignored -> batch.ack());
    }

    private StuckRecords.Watch watch(String consumer, KafkaRecordBatch<String, String> batch) {
        IncomingKafkaRecordMetadata<?, ?> first = batch.getRecords().isEmpty() ? null
                : batch.getRecords().get(0).getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        return first == null ? stuckRecords.begin(consumer, "?", -1, -1, batch.getRecords().size())
                : stuckRecords.begin(consumer, first.getTopic(), first.getPartition(), first.getOffset(),
                batch.getRecords().size());
    }

    private void settle(String consumer, List<Received> received, EventHandler handler,
                        List<CompletionStage<Void>> deadLetters, StuckRecords.Watch watch) {
        if (received.isEmpty()) {
            return;
        }
        try {
            processWithRetries(consumer, received, handler, watch);
        } catch (PoisonEventException e) {
            for (Received one : received) {
                try {
                    processWithRetries(consumer, List.of(one), handler, watch);
                } catch (PoisonEventException poison) {
                    deadLetters.add(deadLetter(consumer, one.message(), poison));
                }
            }
        }
    }

    private CompletionStage<Void> deadLetter(String consumer, Message<String> message, PoisonEventException e) {
        metrics.deadLettered(consumer, PoisonReasons.of(e));
        return message.nack(e);
    }

    /** A parsed event and the record it came in, whose trace the handler runs in. */
    private record Received(Message<String> message, IncomingEvent event) {
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Runs {@code handler} on each event of {@code received} not processed before, in one
     * transaction, retrying the whole of it after a passing failure; counts the events handled and
     * those processed before.
     */
    private void processWithRetries(String consumer, List<Received> received, EventHandler handler,
                                    StuckRecords.Watch watch) {
        Duration backoff = Duration.ofMillis(100);
        for (int attempt = 1; ; attempt++) {
            try {
                int processed = QuarkusTransaction.requiringNew().call(() -> process(consumer, received, handler));
                metrics.processed(consumer, processed);
                metrics.duplicate(consumer, received.size() - processed);
                return;
            } catch (RuntimeException | Error e) {
                rethrowIfFatal(e);
                if (stopping) {
                    throw new StoppingException(e);
                }
                if (!TransientFailures.isTransient(e, attempt)) {
                    throw e instanceof PoisonEventException poison ? poison
                            : new PoisonEventException("Handler failed: " + describe(e), e);
                }
                watch.failed(e);
                LOG.warnf("%d event(s) for %s failed transiently (%s); retrying in %d ms",
                        received.size(), consumer, e.getMessage(), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    /** The JVM's own distress ends the batch unsettled (redelivered after a restart), blaming no record. */
    private static void rethrowIfFatal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (TransientFailures.isFatal(cause)) {
                throw (Error) cause;
            }
        }
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
    }

    private int process(String consumer, List<Received> received, EventHandler handler) {
        Set<String> fresh = markProcessed(consumer, received.stream().map(one -> one.event().id()).toList());
        List<Received> unprocessed = new ArrayList<>(fresh.size());
        for (Received one : received) {
            if (fresh.remove(one.event().id())) {
                unprocessed.add(one);
            }
        }
        if (!unprocessed.isEmpty()) {
            handler.prepare(unprocessed.stream().map(Received::event).toList());
        }
        for (Received one : unprocessed) {
            try (Scope ignored = MessageTraces.enter(one.message())) {
                handler.handle(one.event());
            }
        }
        entityManager.flush();
        return unprocessed.size();
    }

    /** Processing was cut short because the application is stopping; not the record's fault. */
    private static final class StoppingException extends RuntimeException {
        StoppingException(Throwable cause) {
            super(cause);
        }
    }

    /** Records the events as processed by {@code consumer}; returns the ids that were not already. */
    private Set<String> markProcessed(String consumer, List<String> eventIds) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id)
                    select ?, id from unnest(?) as ids(id)
                    on conflict do nothing
                    returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("varchar", eventIds.toArray()));
                Set<String> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getString(1));
                    }
                }
                return inserted;
            }
        });
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoppingException(e);
        }
    }
}
