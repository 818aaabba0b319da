package io.parksuite.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Scope;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.observability.MessageTraces;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Processes a Kafka record exactly once per consumer: the record's CloudEvents id is written to
 * {@code processed_event(consumer, event_id)} in the same transaction as the handler's effects, so
 * a redelivered event changes nothing. An event of the suite's catalogue that the consumer does not
 * handle is acknowledged unread, since every topic carries all of its aggregate's event types.
 * Poison records are nacked (the channel dead-letters them);
 * passing failures are retried with back-off, holding the partition; a record interrupted by
 * shutdown stays uncommitted, to be delivered again. The handler runs in the trace the record's
 * {@code traceparent} header continues, so its logs and the events it records join that trace.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager entityManager;
    private final EventSchemas schemas;
    private final ObjectMapper objectMapper;
    private final Duration maxBackoff;
    private final InboxMetrics metrics;
    private volatile boolean stopping;

    public IdempotentConsumer(EntityManager entityManager, EventSchemas schemas, ObjectMapper objectMapper,
                              @ConfigProperty(name = "parksuite.inbox.max-backoff", defaultValue = "30s") Duration maxBackoff,
                              InboxMetrics metrics) {
        this.entityManager = entityManager;
        this.schemas = schemas;
        this.objectMapper = objectMapper;
        this.maxBackoff = maxBackoff;
        this.metrics = metrics;
    }

    /**
     * Handles a Kafka message for {@code consumer} and settles it: acked when processed (or a
     * duplicate), nacked (dead-lettered by the channel) when poison. A message whose processing is
     * cut short by the application stopping is neither: its offset is not committed, and it is
     * delivered again after the restart.
     */
    public CompletionStage<Void> consume(String consumer, Message<String> message, Set<String> acceptedTypes,
                                         EventHandler handler) {
        try (Scope ignored = MessageTraces.enter(message)) {
            ConsumerRecord<String, String> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                    .orElseThrow(() -> new PoisonEventException("Not a Kafka record"));
            if (isOtherKnownType(record, acceptedTypes)) {
                metrics.skipped(consumer);
                return message.ack();
            }
            if (consume(consumer, record, acceptedTypes, handler)) {
                metrics.processed(consumer);
            } else {
                metrics.duplicate(consumer);
            }
            return message.ack();
        } catch (PoisonEventException e) {
            metrics.deadLettered(consumer, PoisonReasons.of(e));
            return message.nack(e);
        } catch (StoppingException e) {
            LOG.debugf("Left a record of %s unsettled for redelivery: the application is stopping", consumer);
            return CompletableFuture.completedFuture(null);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Handles {@code record} for {@code consumer} if it is one of {@code acceptedTypes}.
     *
     * @return true if the handler ran, false if the event had been processed before
     */
    boolean consume(String consumer, ConsumerRecord<String, String> record, Set<String> acceptedTypes,
                    EventHandler handler) {
        IncomingEvent event = parse(record, acceptedTypes);
        Duration backoff = Duration.ofMillis(100);
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!markProcessed(consumer, event.id())) {
                        return false;
                    }
                    handler.handle(event);
                    return true;
                });
            } catch (RuntimeException e) {
                if (stopping) {
                    throw new StoppingException(e);
                }
                if (!TransientFailures.isTransient(e)) {
                    throw e instanceof PoisonEventException poison ? poison
                            : new PoisonEventException("Handler failed: " + e.getMessage(), e);
                }
                LOG.warnf("Event %s for %s failed transiently (%s); retrying in %d ms",
                        event.id(), consumer, e.getMessage(), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    /** Processing was cut short because the application is stopping; not the record's fault. */
    private static final class StoppingException extends RuntimeException {
        StoppingException(Throwable cause) {
            super(cause);
        }
    }

    private boolean isOtherKnownType(ConsumerRecord<String, String> record, Set<String> acceptedTypes) {
        String type = header(record, "ce_type");
        return type != null && !acceptedTypes.contains(type) && schemas.knows(type);
    }

    private boolean markProcessed(String consumer, String eventId) {
        return entityManager.createNativeQuery(
                        "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }

    IncomingEvent parse(ConsumerRecord<String, String> record, Set<String> acceptedTypes) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (!"1.0".equals(header(record, "ce_specversion")) || id == null || type == null) {
            throw new PoisonEventException("Not a CloudEvents 1.0 binary-mode record (ce_specversion, ce_id, ce_type required)");
        }
        if (!acceptedTypes.contains(type) || !schemas.knows(type)) {
            throw new PoisonEventException("Unknown event type " + type);
        }
        JsonNode data;
        try {
            data = objectMapper.readTree(record.value() == null ? "" : record.value());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Payload is not JSON: " + e.getOriginalMessage());
        }
        if (data == null || data.isMissingNode()) {
            throw new PoisonEventException("Payload is empty");
        }
        List<String> violations = schemas.violations(type, data);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("Payload fails the schema of " + type + ": " + String.join("; ", violations));
        }
        return new IncomingEvent(id, type, header(record, "ce_source"), header(record, "ce_subject"),
                time(header(record, "ce_time")), data);
    }

    private static OffsetDateTime time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 timestamp: " + value);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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
