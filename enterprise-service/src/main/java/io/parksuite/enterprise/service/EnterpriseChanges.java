package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.platform.paging.ChangeCursor;
import io.parksuite.platform.paging.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry's change feed for systems that keep a copy: every enterprise written after a
 * cursor (registrations, updates, status changes, new chains or designations), oldest first.
 */
@ApplicationScoped
public class EnterpriseChanges {

    private final EntityManager entityManager;

    public EnterpriseChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param cursor       where the previous read ended, or null to start
     * @param updatedSince when starting, only records changed at or after this instant
     */
    @Transactional
    public Changes<Enterprise> after(String cursor, OffsetDateTime updatedSince, int size) {
        ChangeCursor from = cursor == null ? ChangeCursor.START : ChangeCursor.decode(cursor);
        String since = cursor == null && updatedSince != null ? " and updated_at >= :since" : "";
        Query query = entityManager.createNativeQuery("select uscc, change_txid::text from enterprise where "
                        + ChangeCursor.condition("uscc") + since + " order by " + ChangeCursor.order("uscc"))
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
        List<String> usccs = page.stream().map(row -> (String) row[0]).toList();
        Map<String, Enterprise> byUscc = Enterprise.<Enterprise>list("uscc in ?1", usccs).stream()
                .collect(Collectors.toMap(e -> e.uscc, Function.identity()));
        Object[] last = page.get(page.size() - 1);
        ChangeCursor next = new ChangeCursor(Long.parseLong((String) last[1]), (String) last[0]);
        return new Changes<>(usccs.stream().map(byUscc::get).toList(), next.encode(), hasMore);
    }
}
