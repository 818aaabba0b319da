package io.parksuite.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.observability.TraceParents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The one way a service emits a domain event: it records the event in the caller's transaction,
 * so the event exists exactly when the state change does. Nothing is sent to Kafka here.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper objectMapper;
    private final RecordedEvents recordedEvents;

    public Outbox(ObjectMapper objectMapper, RecordedEvents recordedEvents) {
        this.objectMapper = objectMapper;
        this.recordedEvents = recordedEvents;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(String aggregateType, String aggregateId, String eventType, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.type = eventType;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = toJson(payload);
        event.traceParent = TraceParents.current();
        event.persist();
        recordedEvents.countOnCommit(eventType);
        return event;
    }

    private String toJson(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be serialised: " + payload.getClass().getName(), e);
        }
    }
}
