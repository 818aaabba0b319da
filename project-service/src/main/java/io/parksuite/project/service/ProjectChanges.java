package io.parksuite.project.service;

import io.parksuite.platform.paging.ChangeCursor;
import io.parksuite.platform.paging.Changes;
import io.parksuite.project.domain.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pipeline's change feed for systems that keep a copy: every project written after a cursor
 * (new projects, data changes, stage changes, progress, approval results), oldest first.
 */
@ApplicationScoped
public class ProjectChanges {

    private static final String KEY = "id::text";

    private final EntityManager entityManager;

    public ProjectChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param cursor       where the previous read ended, or null to start
     * @param updatedSince when starting, only projects changed at or after this instant
     */
    @Transactional
    public Changes<Project> after(String cursor, OffsetDateTime updatedSince, int size) {
        ChangeCursor from = cursor == null ? ChangeCursor.START : ChangeCursor.decode(cursor);
        String since = cursor == null && updatedSince != null ? " and updated_at >= :since" : "";
        Query query = entityManager.createNativeQuery("select " + KEY + ", change_txid::text from project where "
                        + ChangeCursor.condition(KEY) + since + " order by " + ChangeCursor.order(KEY))
                .setParameter("txid", from.txidText())
                .setParameter("key", from.key())
                .setMaxResults(size + 1);
        if (!since.isEmpty()) {
            query.setParameter("since", updatedSince);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean hasMore = rows.size() > size;
        List<Object[]> page = hasMore ? rows.subList(0, size) : rows;
        if (page.isEmpty()) {
            return new Changes<>(List.of(), from.encode(), false);
        }
        List<UUID> ids = page.stream().map(row -> UUID.fromString((String) row[0])).toList();
        Map<UUID, Project> byId = Project.<Project>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        Object[] last = page.get(page.size() - 1);
        ChangeCursor next = new ChangeCursor(Long.parseLong((String) last[1]), (String) last[0]);
        return new Changes<>(ids.stream().map(byId::get).toList(), next.encode(), hasMore);
    }
}
