package io.parksuite.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.UUID;

/**
 * Keeps {@code yearly_investment}, each project's completed fixed-asset investment per calendar
 * year, equal to the sum of its months: the KPIs read whole years there (one row per project and
 * year instead of twelve) and only the months of a partial year from {@code monthly_investment}.
 * The years are recomputed from the months in the transaction that reported them.
 */
@ApplicationScoped
public class YearlyInvestment {

    private final EntityManager entityManager;

    public YearlyInvestment(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<UUID> projectIds) {
        String[] ids = projectIds.stream().map(UUID::toString).toArray(String[]::new);
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            Array idArray = connection.createArrayOf("text", ids);
            try (PreparedStatement refresh = connection.prepareStatement("""
                    insert into yearly_investment (project_id, year, completed_yuan)
                    select project_id, cast(left(period, 4) as integer), sum(completed_yuan)
                      from monthly_investment
                     where project_id = any (?::uuid[])
                     group by 1, 2
                     order by 1, 2
                    on conflict (project_id, year) do update set completed_yuan = excluded.completed_yuan""")) {
                refresh.setArray(1, idArray);
                refresh.executeUpdate();
            } finally {
                idArray.free();
            }
        });
    }
}
