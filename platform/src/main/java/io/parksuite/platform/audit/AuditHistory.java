package io.parksuite.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The change history of an audited record ({@code GET …/history}): every Envers revision with
 * who, when and which fields changed from what to what.
 */
@ApplicationScoped
public class AuditHistory {

    /** A record whose revisions can be told apart field by field. */
    public interface Historic {

        /** The fields to compare between revisions, by the name the API uses. */
        Map<String, Object> historyValues();

        /** The record's version (aggregateVersion) in this revision. */
        long historyVersion();
    }

    /** One revision: its version, kind, author and the fields it changed (from → to). */
    public record Revision(long version, String kind, Instant at, String actor, String client, List<Change> changes) {
    }

    /** A field's value before and after a revision. */
    public record Change(String field, Object from, Object to) {
    }

    private final EntityManager entityManager;

    public AuditHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public List<Revision> of(Class<? extends Historic> type, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Revision> history = new ArrayList<>(rows.size());
        Map<String, Object> previous = Map.of();
        for (Object[] row : rows) {
            Historic state = (Historic) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            Map<String, Object> values = state.historyValues();
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, Object> value : values.entrySet()) {
                Object before = previous.get(value.getKey());
                if (!Objects.equals(before, value.getValue())) {
                    changes.add(new Change(value.getKey(), before, value.getValue()));
                }
            }
            history.add(new Revision(state.historyVersion(), kind((RevisionType) row[2]), revision.at(), revision.actor,
                    revision.client, changes));
            previous = values;
        }
        return history;
    }

    private static String kind(RevisionType type) {
        return switch (type) {
            case ADD -> "CREATED";
            case MOD -> "UPDATED";
            case DEL -> "DELETED";
        };
    }
}
