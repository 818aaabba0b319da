package io.parksuite.platform.outbox.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.observability.TraceParents;
import io.parksuite.platform.outbox.Outbox;
import io.parksuite.platform.outbox.RecordedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Records many domain events in the transactional outbox at once, for scans that emit thousands in one
 * transaction (reminders, deadline breaches): the same rows, order, trace context and recorded-event
 * counts as {@link Outbox#record}, written with one statement per thousand events instead of one
 * statement each (in JDBC batches at flush). Nothing is sent to Kafka here; the relay publishes the rows after commit as usual.
 */
@ApplicationScoped
public class OutboxBatch {

    static final int CHUNK = 1000;

    /** One event to record: its aggregate, its CloudEvents type and the payload serialised as JSON. */
    public record PendingEvent(String aggregateType, String aggregateId, String eventType, Object payload) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final RecordedEvents recordedEvents;

    public OutboxBatch(EntityManager entityManager, ObjectMapper objectMapper, RecordedEvents recordedEvents) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.recordedEvents = recordedEvents;
    }

    /** Records {@code events} in the caller's transaction, in list order; returns how many were recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordAll(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        String traceParent = TraceParents.current();
        OffsetDateTime occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < events.size(); from += CHUNK) {
            List<PendingEvent> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
            UUID[] ids = new UUID[chunk.size()];
            String[] aggregateTypes = new String[chunk.size()];
            String[] aggregateIds = new String[chunk.size()];
            String[] types = new String[chunk.size()];
            String[] payloads = new String[chunk.size()];
            for (int i = 0; i < chunk.size(); i++) {
                PendingEvent event = chunk.get(i);
                ids[i] = UUID.randomUUID();
                aggregateTypes[i] = event.aggregateType();
                aggregateIds[i] = event.aggregateId();
                types[i] = event.eventType();
                payloads[i] = toJson(event.payload());
            }
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_event (id, aggregate_type, aggregate_id, type, occurred_at, payload, trace_parent)
                        select e.id, e.aggregate_type, e.aggregate_id, e.type, ?, e.payload::jsonb, ?
                        from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[])
                             with ordinality as e(id, aggregate_type, aggregate_id, type, payload, n)
                        order by e.n""")) {
                    insert.setObject(1, occurredAt);
                    insert.setString(2, traceParent);
                    insert.setArray(3, connection.createArrayOf("uuid", ids));
                    insert.setArray(4, connection.createArrayOf("text", aggregateTypes));
                    insert.setArray(5, connection.createArrayOf("text", aggregateIds));
                    insert.setArray(6, connection.createArrayOf("text", types));
                    insert.setArray(7, connection.createArrayOf("text", payloads));
                    insert.executeUpdate();
                }
            });
        }
        events.forEach(event -> recordedEvents.countOnCommit(event.eventType()));
        return events.size();
    }

    private String toJson(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be serialised: " + payload.getClass().getName(), e);
        }
    }
}
