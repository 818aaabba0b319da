package io.parksuite.platform.cache;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * JPA listener of the entities behind a {@link ReadCache}: a write this instance flushes evicts the
 * cached row at once and again when its transaction ends ({@link RowChanges#evictOnCommit}), so the
 * writer's next read is fresh without waiting for PostgreSQL's notification.
 */
public class EvictOnCommit {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        Arc.container().instance(RowChanges.class).get().written(entity);
    }
}
