package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 视为受理 (行政许可法 第32条): submitted applications whose 补正 window closed without a notice are deemed
 * accepted, each in a transaction of its own. Several instances scan at once: an application is claimed with
 * {@code for update skip locked} and checked again under that lock, so it is deemed accepted once, by whichever
 * scan holds it; one a killed scan held is rolled back and left to the next scan. Candidates are read in pages
 * by id, so a scan ends after one pass however many there are.
 */
@ApplicationScoped
public class DeemedAcceptances {

    private static final Logger LOG = Logger.getLogger(DeemedAcceptances.class);
    static final int PAGE = 500;
    private static final UUID FIRST = new UUID(0, 0);

    private final EntityManager entityManager;
    private final ApplicationAcceptance acceptance;

    public DeemedAcceptances(EntityManager entityManager, ApplicationAcceptance acceptance) {
        this.entityManager = entityManager;
        this.acceptance = acceptance;
    }

    /** Deems accepted every submitted application taken in on or before {@code cutoff}; returns how many it did. */
    public int deemAll(LocalDate cutoff) {
        int count = 0;
        UUID after = FIRST;
        while (true) {
            UUID from = after;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> candidates(cutoff, from));
            for (UUID id : ids) {
                try {
                    count += QuarkusTransaction.requiringNew().call(() -> deemOne(id, cutoff));
                } catch (RuntimeException e) {
                    LOG.warnf("Application %s could not be deemed accepted this scan: %s", id, e.getMessage());
                }
            }
            if (ids.size() < PAGE) {
                return count;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> candidates(LocalDate cutoff, UUID after) {
        return entityManager.createNativeQuery("""
                        select id from application where status = 'SUBMITTED' and intake_date <= ?1 and id > ?2
                        order by id limit ?3""", UUID.class)
                .setParameter(1, cutoff).setParameter(2, after).setParameter(3, PAGE).getResultList();
    }

    private int deemOne(UUID id, LocalDate cutoff) {
        List<?> claimed = entityManager.createNativeQuery("""
                        select id from application where id = ?1 and status = 'SUBMITTED' and intake_date <= ?2
                        for update skip locked""", UUID.class)
                .setParameter(1, id).setParameter(2, cutoff).getResultList();
        if (claimed.isEmpty()) {
            return 0;
        }
        acceptance.deemAccepted(Application.findById(id));
        return 1;
    }
}
