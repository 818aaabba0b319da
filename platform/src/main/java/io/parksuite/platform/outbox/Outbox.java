package io.parksuite.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.platform.observability.TraceParents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The one way a service emits a domain event: it records the event in the caller's transaction,
 * so the event exists exactly when the state change does. Nothing is sent to Kafka here. Every
 * event is checked against its type's JSON Schema first, in every profile: an event the contract
 * does not allow fails the write (a 500 at the producer) instead of reaching every consumer as a
 * poison record.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper objectMapper;
    private final RecordedEvents recordedEvents;
    private final EventSchemas schemas;

    public Outbox(ObjectMapper objectMapper, RecordedEvents recordedEvents, EventSchemas schemas) {
        this.objectMapper = objectMapper;
        this.recordedEvents = recordedEvents;
        this.schemas = schemas;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(String aggregateType, String aggregateId, String eventType, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.type = eventType;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = toJson(eventType, payload);
        event.traceParent = TraceParents.current();
        event.persist();
        recordedEvents.countOnCommit(eventType);
        return event;
    }

    private String toJson(String eventType, Object payload) {
        try {
            String json = objectMapper.writeValueAsString(payload);
            if (!schemas.knows(eventType)) {
                throw new InvalidEventException(eventType, List.of("no schema for this type in contracts/events"));
            }
            List<String> violations = schemas.violations(eventType, objectMapper.readTree(json));
            if (!violations.isEmpty()) {
                throw new InvalidEventException(eventType, violations);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be serialised: " + payload.getClass().getName(), e);
        }
    }
}
