package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.indicator.domain.EnterpriseDimension;
import io.parksuite.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Applies enterprise snapshots to the local dimension. One upsert that only writes when the
 * incoming {@code aggregateVersion} is newer: redelivered, reordered or replayed snapshots never
 * move the copy backwards, even with two instances applying at once.
 */
@ApplicationScoped
public class EnterpriseDimensions {

    private final EntityManager entityManager;

    public EnterpriseDimensions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return true if the snapshot was newer and is now the one held */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(IncomingEvent event) {
        JsonNode snapshot = event.data();
        return entityManager.createNativeQuery("""
                        insert into enterprise_dimension
                               (uscc, name, status, aggregate_version, registered_at, updated_at, street_code, industry_code)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (uscc) do update
                           set name = excluded.name, status = excluded.status,
                               street_code = excluded.street_code, industry_code = excluded.industry_code,
                               aggregate_version = excluded.aggregate_version,
                               registered_at = excluded.registered_at, updated_at = excluded.updated_at
                         where enterprise_dimension.aggregate_version < excluded.aggregate_version""")
                .setParameter(1, snapshot.get("uscc").asText())
                .setParameter(2, snapshot.get("name").asText())
                .setParameter(3, snapshot.get("status").asText())
                .setParameter(4, event.aggregateVersion())
                .setParameter(5, OffsetDateTime.parse(snapshot.get("registeredAt").asText()))
                .setParameter(6, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(7, text(snapshot, "streetCode"))
                .setParameter(8, text(snapshot, "industryCode"))
                .executeUpdate() == 1;
    }

    private static String text(JsonNode snapshot, String field) {
        JsonNode value = snapshot.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EnterpriseDimension> find(String uscc) {
        return EnterpriseDimension.findByIdOptional(uscc);
    }
}
