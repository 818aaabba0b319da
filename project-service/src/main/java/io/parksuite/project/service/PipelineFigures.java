package io.parksuite.project.service;

import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.service.PipelineViews.Board;
import io.parksuite.project.service.PipelineViews.Kpi;
import io.parksuite.project.service.PipelineViews.Kpis;
import io.parksuite.project.service.PipelineViews.OverdueStart;
import io.parksuite.project.service.PipelineViews.StageCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pipeline's figures for leaders: the board (projects and amounts per stage), the KPIs of a
 * signing cohort, and the signed projects overdue to start construction.
 *
 * <p>KPIs are computed over the projects signed in the period (the cohort), as of today or as of the end
 * of a given day (then the cohort is what was signed by that day, and a milestone or arrival counts once
 * its date is reached): 履约率 = cohort projects that started construction (开工) / cohort; 开工率 = cohort
 * projects that started within the configured start window after signing / cohort; 投产率 = cohort projects
 * in production (投产) / cohort; 资金到位率 = funds arrived / planned investment of the cohort. The
 * completed fixed-asset investment of the period counts only FAI-eligible projects; it is read from
 * the yearly totals for the whole calendar years of the period and from the months for the rest.
 */
@ApplicationScoped
public class PipelineFigures {

    /** Grouping of KPI rows. */
    public enum GroupBy { NONE, CHAIN, OFFICER }

    /** Filters of the board and KPIs. */
    public record Filters(String chainCode, String officer, Integer year) {
    }

    private final EntityManager entityManager;
    private final ProjectRules rules;
    private final ParkClock clock;

    public PipelineFigures(EntityManager entityManager, ProjectRules rules, ParkClock clock) {
        this.entityManager = entityManager;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Board board(Filters filters) {
        StringBuilder sql = new StringBuilder("""
                select stage, count(*), coalesce(sum(planned_investment_yuan), 0), coalesce(sum(completed_investment_yuan), 0)
                  from project where 1 = 1""");
        Map<String, Object> params = new LinkedHashMap<>();
        where(sql, params, filters, "entered_on");
        sql.append(" group by stage");
        Query query = entityManager.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        Map<ProjectStage, Object[]> rows = new EnumMap<>(ProjectStage.class);
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            rows.put(ProjectStage.valueOf((String) cells[0]), cells);
        }
        List<StageCount> stages = new ArrayList<>();
        long total = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (ProjectStage stage : ProjectStage.values()) {
            Object[] cells = rows.get(stage);
            long count = cells == null ? 0 : ((Number) cells[1]).longValue();
            BigDecimal planned = cells == null ? BigDecimal.ZERO : (BigDecimal) cells[2];
            stages.add(new StageCount(stage, stage.label(), count, planned,
                    cells == null ? BigDecimal.ZERO : (BigDecimal) cells[3]));
            total += count;
            amount = amount.add(planned);
        }
        return new Board(stages, total, amount);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Kpis kpis(YearMonth from, YearMonth to, LocalDate asOf, Filters filters, GroupBy groupBy) {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (asOf != null && asOf.isBefore(from.atDay(1))) {
            throw ProblemException.invalidField("asOf", "must not be before the period's first day, " + from.atDay(1));
        }
        String group = switch (groupBy) {
            case NONE -> "''";
            case CHAIN -> "coalesce(chain_code, '')";
            case OFFICER -> "coalesce(officer, '')";
        };
        CohortCut cut = new CohortCut(asOf);
        StringBuilder sql = new StringBuilder("select " + group + ", count(*), count(*) filter (where " + cut.started()
                + "), count(*) filter (where " + cut.started() + " and construction_on - signed_on <= :window), "
                + "count(*) filter (where " + cut.inProduction() + "), coalesce(sum(planned_investment_yuan), 0), "
                + "coalesce(sum(" + cut.fundsArrived() + "), 0), avg(production_on - signed_on) filter (where "
                + cut.inProduction() + ") from project" + cut.fundsJoin()
                + " where signed_on >= :from and signed_on <= :to");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("window", rules.startOverdueDays());
        params.put("from", Date.valueOf(from.atDay(1)));
        LocalDate periodEnd = to.atEndOfMonth();
        params.put("to", Date.valueOf(asOf != null && asOf.isBefore(periodEnd) ? asOf : periodEnd));
        if (asOf != null) {
            params.put("asOf", Date.valueOf(asOf));
        }
        where(sql, params, new Filters(filters.chainCode(), filters.officer(), null), null);
        sql.append(" group by 1 order by 1");
        Query query = entityManager.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        Map<String, BigDecimal> fai = faiCompleted(from, to, filters, groupBy);
        List<Kpi> groups = new ArrayList<>();
        long[] sums = new long[4];
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal funds = BigDecimal.ZERO;
        BigDecimal daysWeighted = BigDecimal.ZERO;
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            long[] counts = {((Number) c[1]).longValue(), ((Number) c[2]).longValue(), ((Number) c[3]).longValue(),
                    ((Number) c[4]).longValue()};
            BigDecimal average = c[7] == null ? null : new BigDecimal(c[7].toString()).setScale(1, RoundingMode.HALF_UP);
            String key = (String) c[0];
            groups.add(kpi(key, counts, (BigDecimal) c[5], (BigDecimal) c[6], average, fai.getOrDefault(key, BigDecimal.ZERO)));
            for (int i = 0; i < 4; i++) {
                sums[i] += counts[i];
            }
            planned = planned.add((BigDecimal) c[5]);
            funds = funds.add((BigDecimal) c[6]);
            if (average != null) {
                daysWeighted = daysWeighted.add(average.multiply(BigDecimal.valueOf(counts[3])));
            }
        }
        BigDecimal totalAverage = sums[3] == 0 ? null : daysWeighted.divide(BigDecimal.valueOf(sums[3]), 1, RoundingMode.HALF_UP);
        BigDecimal totalFai = fai.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Kpi total = kpi(null, sums, planned, funds, totalAverage, totalFai);
        return new Kpis(from, to, asOf == null ? clock.today() : asOf, groupBy, rules.startOverdueDays(), total, groupBy == GroupBy.NONE ? List.of() : groups);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OverdueStart> overdueStarts(LocalDate asOf, Filters filters, PageRequest page) {
        LocalDate signedBefore = asOf.minusDays(rules.startOverdueDays());
        StringBuilder sql = new StringBuilder("""
                 from project where signed_on is not null and construction_on is null and stage <> 'TERMINATED'
                  and signed_on < :signedBefore""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("signedBefore", Date.valueOf(signedBefore));
        where(sql, params, new Filters(filters.chainCode(), filters.officer(), null), null);
        Query count = entityManager.createNativeQuery("select count(*) " + sql);
        Query list = entityManager.createNativeQuery(
                "select id, name, officer, chain_code, stage, signed_on " + sql + " order by signed_on, id");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            list.setParameter(k, v);
        });
        list.setFirstResult(page.offset()).setMaxResults(page.size());
        List<OverdueStart> items = new ArrayList<>();
        for (Object row : list.getResultList()) {
            Object[] c = (Object[]) row;
            LocalDate signedOn = toDate(c[5]);
            items.add(new OverdueStart((UUID) c[0], (String) c[1], (String) c[2], (String) c[3],
                    ProjectStage.valueOf((String) c[4]), signedOn, signedOn.plusDays(rules.startOverdueDays()),
                    ChronoUnit.DAYS.between(signedOn, asOf)));
        }
        return new Page<>(items, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    private Map<String, BigDecimal> faiCompleted(YearMonth from, YearMonth to, Filters filters, GroupBy groupBy) {
        String group = switch (groupBy) {
            case NONE -> "''";
            case CHAIN -> "coalesce(p.chain_code, '')";
            case OFFICER -> "coalesce(p.officer, '')";
        };
        int firstWholeYear = from.getMonthValue() == 1 ? from.getYear() : from.getYear() + 1;
        int lastWholeYear = to.getMonthValue() == 12 ? to.getYear() : to.getYear() - 1;
        boolean wholeYears = firstWholeYear <= lastWholeYear;
        StringBuilder sql = new StringBuilder("select " + group + """
                , coalesce(sum(m.completed_yuan), 0)
                  from (select project_id, completed_yuan from yearly_investment
                         where year >= :firstWholeYear and year <= :lastWholeYear
                        union all
                        select project_id, completed_yuan from monthly_investment
                         where period >= :headFrom and period <= :headTo
                        union all
                        select project_id, completed_yuan from monthly_investment
                         where period >= :tailFrom and period <= :tailTo) m
                  join project p on p.id = m.project_id
                 where p.planned_investment_yuan >= :faiThreshold""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("firstWholeYear", firstWholeYear);
        params.put("lastWholeYear", lastWholeYear);
        params.put("headFrom", from.toString());
        params.put("headTo", wholeYears ? YearMonth.of(firstWholeYear, 1).minusMonths(1).toString() : to.toString());
        params.put("tailFrom", wholeYears ? YearMonth.of(lastWholeYear, 12).plusMonths(1).toString() : to.plusMonths(1).toString());
        params.put("tailTo", to.toString());
        params.put("faiThreshold", rules.faiThresholdYuan());
        if (filters.chainCode() != null) {
            sql.append(" and p.chain_code = :chain");
            params.put("chain", filters.chainCode());
        }
        if (filters.officer() != null) {
            sql.append(" and p.officer = :officer");
            params.put("officer", filters.officer());
        }
        sql.append(" group by 1");
        Query query = entityManager.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            result.put((String) c[0], (BigDecimal) c[1]);
        }
        return result;
    }

    private static Kpi kpi(String group, long[] counts, BigDecimal planned, BigDecimal funds, BigDecimal averageDays,
                           BigDecimal fai) {
        return new Kpi(group, counts[0], counts[1], counts[2], counts[3], planned, funds,
                rate(counts[1], counts[0]), rate(counts[2], counts[0]), rate(counts[3], counts[0]),
                planned.signum() == 0 ? null : funds.divide(planned, 4, RoundingMode.HALF_UP), averageDays, fai);
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static void where(StringBuilder sql, Map<String, Object> params, Filters filters, String yearColumn) {
        if (filters.chainCode() != null) {
            sql.append(" and chain_code = :chain");
            params.put("chain", filters.chainCode());
        }
        if (filters.officer() != null) {
            sql.append(" and officer = :officer");
            params.put("officer", filters.officer());
        }
        if (filters.year() != null && yearColumn != null) {
            sql.append(" and ").append(yearColumn).append(" >= :yearStart and ").append(yearColumn).append(" < :yearEnd");
            params.put("yearStart", Date.valueOf(LocalDate.of(filters.year(), 1, 1)));
            params.put("yearEnd", Date.valueOf(LocalDate.of(filters.year() + 1, 1, 1)));
        }
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
