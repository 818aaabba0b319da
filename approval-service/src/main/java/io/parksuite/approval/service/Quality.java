package io.parksuite.approval.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Service quality of the desk: 网上办 rate (applications handed in online), 一次办 rate (concluded
 * applications with at most one visit), the 最多跑一次 exceptions (more than one visit), on-time
 * rate against the promise, and 好差评 ratings.
 */
@ApplicationScoped
public class Quality {

    /** The desk's quality figures; rates are shares between 0 and 1. */
    public record Figures(long applications, long submitted, long online, BigDecimal onlineRate, long concluded,
                          long concludedWithinOneVisit, BigDecimal oneVisitRate, long moreThanOneVisit,
                          long concludedOnTime, BigDecimal onTimeRate, long ratings, long badRatings,
                          BigDecimal averageScore) {
    }

    private final EntityManager entityManager;

    public Quality(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Figures figures() {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*),
                       count(*) filter (where submitted_at is not null),
                       count(*) filter (where submitted_at is not null and channel = 'ONLINE'),
                       count(*) filter (where result is not null),
                       count(*) filter (where result is not null and visits <= 1),
                       count(*) filter (where visits > 1),
                       count(*) filter (where result is not null and (promised_deadline is null
                                        or (concluded_at at time zone 'Asia/Shanghai')::date <= promised_deadline))
                from application""").getSingleResult();
        Object[] ratings = (Object[]) entityManager.createNativeQuery(
                "select count(*), count(*) filter (where score <= 2), avg(score) from rating").getSingleResult();
        long submitted = n(row[1]);
        long concluded = n(row[3]);
        return new Figures(n(row[0]), submitted, n(row[2]), rate(n(row[2]), submitted), concluded, n(row[4]),
                rate(n(row[4]), concluded), n(row[5]), n(row[6]), rate(n(row[6]), concluded), n(ratings[0]),
                n(ratings[1]), ratings[2] == null ? null : new BigDecimal(ratings[2].toString()).setScale(2, RoundingMode.HALF_UP));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
