package io.parksuite.approval.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Service quality of the desk. Over applications: 网上办 rate (applications handed in online), 一次办 rate
 * (concluded applications with at most one visit), the 最多跑一次 exceptions (more than one visit), on-time
 * rate against the promise, working days used against the promised and statutory limits, and 好差评
 * ratings. Over the catalogue: how many 依申请 items are 网上可办, 全程网办 and 一次办 (at most one visit),
 * market services and items that are not 依申请 left out.
 */
@ApplicationScoped
public class Quality {

    /** The desk's quality figures; rates are shares between 0 and 1. */
    public record Figures(long applications, long submitted, long online, BigDecimal onlineRate, long concluded,
                          long concludedWithinOneVisit, BigDecimal oneVisitRate, long moreThanOneVisit,
                          long concludedOnTime, BigDecimal onTimeRate, long ratings, long badRatings,
                          BigDecimal averageScore, Timing timing, CatalogueFigures catalogue) {
    }

    /**
     * Working days of concluded applications: over those with a clock, the average used and the average promised
     * limit; over those with a statutory limit, the average used and the average statutory limit. Averages have one
     * decimal, null over nothing.
     */
    public record Timing(long timed, BigDecimal averageWorkingDays, BigDecimal averagePromisedLimitDays,
                         long statutoryTimed, BigDecimal averageWorkingDaysStatutory,
                         BigDecimal averageStatutoryLimitDays) {
    }

    /**
     * The catalogue's 网上办 and 一次办 figures: every item, the market services and other items that are not 依申请
     * left out, and over the 依申请 items the 网上可办, 全程网办 and at-most-one-visit counts with their shares as
     * percentages with one decimal (null over no item).
     */
    public record CatalogueFigures(long items, long marketServices, long notApplicationBased, long applicationBased,
                                   long onlineCapable, BigDecimal onlineCapablePercent, long fullyOnline,
                                   BigDecimal fullyOnlinePercent, long atMostOneVisit, BigDecimal atMostOneVisitPercent) {
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
                n(ratings[1]), ratings[2] == null ? null : new BigDecimal(ratings[2].toString()).setScale(2, RoundingMode.HALF_UP),
                timing(), catalogue());
    }

    private Timing timing() {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*),
                       avg(working_days_used),
                       avg(promised_limit_days),
                       count(*) filter (where statutory_limit_days is not null),
                       avg(working_days_used) filter (where statutory_limit_days is not null),
                       avg(statutory_limit_days)
                from application
                where result is not null and working_days_used is not null""").getSingleResult();
        return new Timing(n(row[0]), days(row[1]), days(row[2]), n(row[3]), days(row[4]), days(row[5]));
    }

    private CatalogueFigures catalogue() {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*),
                       count(*) filter (where item_kind = 'MARKET_SERVICE'),
                       count(*) filter (where item_kind not in ('MARKET_SERVICE', 'APPLICATION_BASED')),
                       count(*) filter (where item_kind = 'APPLICATION_BASED'),
                       count(*) filter (where item_kind = 'APPLICATION_BASED' and handling_depth <> 'ON_SITE'),
                       count(*) filter (where item_kind = 'APPLICATION_BASED' and handling_depth = 'FULLY_ONLINE'),
                       count(*) filter (where item_kind = 'APPLICATION_BASED' and max_visits <= 1)
                from service_item""").getSingleResult();
        long applicationBased = n(row[3]);
        return new CatalogueFigures(n(row[0]), n(row[1]), n(row[2]), applicationBased,
                n(row[4]), percent(n(row[4]), applicationBased), n(row[5]), percent(n(row[5]), applicationBased),
                n(row[6]), percent(n(row[6]), applicationBased));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** part / whole as a percentage with one decimal, e.g. 95.7. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal days(Object average) {
        return average == null ? null : new BigDecimal(average.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
