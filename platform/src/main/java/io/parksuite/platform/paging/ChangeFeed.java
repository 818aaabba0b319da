package io.parksuite.platform.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a change feed over a table whose rows carry {@code change_txid} (the writing transaction)
 * and {@code updated_at}: the keys written after a cursor, in commit order, then the records
 * themselves. Shared by every service that offers its copy-keepers a feed, so the cursor rules
 * live once.
 */
@ApplicationScoped
public class ChangeFeed {

    private final EntityManager entityManager;

    public ChangeFeed(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param table         the table whose rows are the feed
     * @param keyExpression the SQL expression of a row's key as text
     * @param load          the records of the given keys, by key
     * @param cursor        where the previous read ended, or null to start
     * @param updatedSince  when starting, only records changed at or after this instant
     */
    public <T> Changes<T> after(String table, String keyExpression, Function<List<String>, Map<String, T>> load,
                                String cursor, OffsetDateTime updatedSince, int size) {
        ChangeCursor from = cursor == null ? ChangeCursor.START : ChangeCursor.decode(cursor);
        String since = cursor == null && updatedSince != null ? " and updated_at >= :since" : "";
        Query query = entityManager.createNativeQuery("select " + keyExpression + ", change_txid::text from " + table
                        + " where " + ChangeCursor.condition(keyExpression) + since
                        + " order by " + ChangeCursor.order(keyExpression))
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
        List<String> keys = page.stream().map(row -> (String) row[0]).toList();
        Map<String, T> byKey = load.apply(keys);
        Object[] last = page.get(page.size() - 1);
        ChangeCursor next = new ChangeCursor(Long.parseLong((String) last[1]), (String) last[0]);
        return new Changes<>(keys.stream().map(byKey::get).toList(), next.encode(), hasMore);
    }
}
