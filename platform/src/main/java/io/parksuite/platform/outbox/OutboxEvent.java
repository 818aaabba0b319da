package io.parksuite.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A domain event waiting in the transactional outbox: written in the same transaction as the
 * state change it describes, published to Kafka afterwards by {@link OutboxRelay}.
 * {@code position} orders publication; {@code id} becomes the CloudEvents {@code ce_id}. A row Kafka
 * can never accept is parked ({@code parked_at}), holding back later rows of its aggregate only.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @Column(nullable = false, unique = true, updatable = false)
    public UUID id;

    /**
     * Publication order, assigned by the database's identity column as the row is inserted: with
     * the id assigned here instead, the transaction's outbox rows are inserted in JDBC batches at
     * flush rather than one round trip each as they are recorded. Null until the row is read back.
     */
    @Column(insertable = false, updatable = false)
    public Long position;

    @Column(name = "aggregate_type", nullable = false, updatable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public String aggregateId;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** When the relay set the row aside because Kafka can never accept it; null while it may be sent. */
    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    /** Why the row was parked (the producer's error). */
    @Column(name = "park_reason")
    public String parkReason;

    /** The W3C trace context of the request that recorded the event; null outside a trace. */
    @Column(name = "trace_parent", updatable = false)
    public String traceParent;
}
