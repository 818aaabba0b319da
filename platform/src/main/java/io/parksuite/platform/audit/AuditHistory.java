package io.parksuite.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Schema(name = "Revision", description = "One revision of the record: who changed what, when")
    public record Revision(
            @Schema(description = "The record's version after this revision", examples = "3", required = true)
            long version,
            @Schema(required = true) RevisionKind kind,
            @Schema(description = "When the revision was written", required = true) Instant at,
            @Schema(description = "The token subject who made it", examples = "zhang.wei") String actor,
            @Schema(description = "The client (system) it came through", examples = "parksuite-web") String client,
            @Schema(description = "The fields it changed, each with its value before and after", required = true)
            List<Change> changes) {
    }

    /** What a revision did to the record. */
    @Schema(name = "RevisionKind", description = "What the revision did: created, updated or deleted the record")
    public enum RevisionKind {
        CREATED, UPDATED, DELETED
    }

    /** A field's value before and after a revision. */
    @Schema(name = "Change", description = "A field's value before and after a revision (any JSON value, null when unset)")
    public record Change(
            @Schema(description = "The field's name in the record's JSON", examples = "legalRepresentative", required = true)
            String field,
            @Schema(description = "The value before the revision (any JSON value)", examples = "\"张伟\"") Object from,
            @Schema(description = "The value after the revision (any JSON value)", examples = "\"李娜\"") Object to) {
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

    private static RevisionKind kind(RevisionType type) {
        return switch (type) {
            case ADD -> RevisionKind.CREATED;
            case MOD -> RevisionKind.UPDATED;
            case DEL -> RevisionKind.DELETED;
        };
    }
}
