package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.ParkDay;
import io.parksuite.enterprise.domain.ParkTitle;
import io.parksuite.enterprise.domain.RecognitionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry's counts as park reports quote them: enterprises per industry chain on a day,
 * designations held and newly gained per year, innovation platforms by type, level and year, the
 * park's own titles, and the support ledgers per year. Computed from the records on each call.
 */
@ApplicationScoped
public class RegistryStatistics {

    @Schema(name = "ChainCount", description = "The enterprises that are members of an industry chain on a day",
            example = """
            {"chainCode": "ELECTRONIC_INFORMATION", "name": "电子信息", "kind": "LEADING", "enterprises": 126}""")
    public record ChainCount(@Schema(required = true, description = "Chain code", example = "ELECTRONIC_INFORMATION") String chainCode,
                             @Schema(required = true, description = "Name", example = "电子信息") String name,
                             @Schema(required = true, description = "LEADING (主导) or EMERGING (新兴)")
                             ReferenceData.ChainKind kind,
                             @Schema(required = true, description = "Member enterprises that day", example = "126") long enterprises) {
    }

    /** {@code held}: enterprises holding it that year; {@code newlyGranted}: of those, not holding it the year before. */
    @Schema(name = "DesignationCount", description = "How many enterprises hold a designation in a year", example = """
            {"type": "HIGH_TECH", "name": "高新技术企业", "year": 2019, "held": 58, "newlyGranted": 12}""")
    public record DesignationCount(@Schema(required = true, description = "Designation type code", example = "HIGH_TECH") String type,
                                   @Schema(description = "Name", example = "高新技术企业") String name,
                                   @Schema(required = true, description = "Year", example = "2019") int year,
                                   @Schema(required = true, description = "Enterprises holding it that year", example = "58") long held,
                                   @Schema(required = true, description = "Of those, the ones not holding it the year before",
                                           example = "12") long newlyGranted) {
    }

    @Schema(name = "PlatformCell", description = "Platforms of one type at one level", example = """
            {"type": "ENTERPRISE_TECH_CENTRE", "level": "NATIONAL", "platforms": 3}""")
    public record PlatformCell(@Schema(required = true, description = "Platform type code", example = "ENTERPRISE_TECH_CENTRE") String type,
                               @Schema(required = true, description = "Level of recognition") RecognitionLevel level,
                               @Schema(required = true, description = "How many", example = "3") long platforms) {
    }

    @Schema(name = "PlatformCounts", description = "Innovation platforms recognised up to a year, counted several ways",
            example = """
            {"asOfYear": 2019, "total": 5, "byType": {"ENTERPRISE_TECH_CENTRE": 5}, "byLevel": {"NATIONAL": 3, "PROVINCIAL": 2},
             "byTypeAndLevel": [{"type": "ENTERPRISE_TECH_CENTRE", "level": "NATIONAL", "platforms": 3},
                                {"type": "ENTERPRISE_TECH_CENTRE", "level": "PROVINCIAL", "platforms": 2}],
             "byYearRecognised": {"2017": 2, "2019": 3}}""")
    public record PlatformCounts(@Schema(description = "The year asked for; absent: every year", example = "2019")
                                 Integer asOfYear,
                                 @Schema(required = true, description = "All platforms", example = "5") long total,
                                 @Schema(required = true, description = "Platforms per type code") Map<String, Long> byType,
                                 @Schema(required = true, description = "Platforms per level (NATIONAL, PROVINCIAL, MUNICIPAL)")
                                 Map<RecognitionLevel, Long> byLevel,
                                 @Schema(required = true, description = "Platforms per type and level") List<PlatformCell> byTypeAndLevel,
                                 @Schema(required = true, description = "Platforms per year recognised (the key is the year)")
                                 Map<Integer, Long> byYearRecognised) {
    }

    @Schema(name = "ParkTitleCounts", description = "The park's titles counted by level and by year", example = """
            {"total": 3, "byLevel": {"NATIONAL": 1, "PROVINCIAL": 2}, "byYear": {"2016": 1, "2018": 2}}""")
    public record ParkTitleCounts(@Schema(required = true, description = "All titles", example = "3") long total,
                                  @Schema(required = true, description = "Titles per level (NATIONAL, PROVINCIAL, MUNICIPAL)")
                                  Map<RecognitionLevel, Long> byLevel,
                                  @Schema(required = true, description = "Titles per year awarded (the key is the year)")
                                  Map<Integer, Long> byYear) {
    }

    @Schema(name = "ProgrammeTotal", description = "A year's grants of one reward programme", example = """
            {"programme": "智能制造专项奖励", "grants": 4, "amountYuan": 2000000.00}""")
    public record ProgrammeTotal(@Schema(required = true, description = "The programme", example = "智能制造专项奖励") String programme,
                                 @Schema(required = true, description = "Grants", example = "4") long grants,
                                 @Schema(required = true, description = "Amount granted in yuan", example = "2000000.00")
                                 BigDecimal amountYuan) {
    }

    @Schema(name = "LedgerTotals", description = "A year's support from the ledgers: rewards, patent navigation, loans",
            example = """
            {"year": 2019, "rewardedEnterprises": 3, "rewardGrants": 4, "rewardAmountYuan": 2000000.00,
             "rewardsByProgramme": [{"programme": "智能制造专项奖励", "grants": 4, "amountYuan": 2000000.00}],
             "patentNavigationEnterprises": 6, "riskCompensationLoans": 2, "riskCompensationEnterprises": 2,
             "riskCompensationAmountYuan": 5000000.00}""")
    public record LedgerTotals(@Schema(required = true, description = "The year", example = "2019") int year,
                               @Schema(required = true, description = "Enterprises rewarded", example = "3") long rewardedEnterprises,
                               @Schema(required = true, description = "Grants", example = "4") long rewardGrants,
                               @Schema(required = true, description = "Amount granted in yuan", example = "2000000.00")
                               BigDecimal rewardAmountYuan,
                               @Schema(required = true, description = "Grants per programme") List<ProgrammeTotal> rewardsByProgramme,
                               @Schema(required = true, description = "Enterprises in patent navigation", example = "6")
                               long patentNavigationEnterprises,
                               @Schema(required = true, description = "Loans made backed by the fund", example = "2") long riskCompensationLoans,
                               @Schema(required = true, description = "Enterprises that received them", example = "2")
                               long riskCompensationEnterprises,
                               @Schema(required = true, description = "Amount lent in yuan", example = "5000000.00")
                               BigDecimal riskCompensationAmountYuan) {
    }

    private final EntityManager entityManager;
    private final ReferenceData referenceData;
    private final Clock clock;

    public RegistryStatistics(EntityManager entityManager, ReferenceData referenceData, Clock clock) {
        this.entityManager = entityManager;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** Memberships in effect {@code on} a day; null is the park's today. */
    @Transactional
    public List<ChainCount> chains(LocalDate on) {
        LocalDate day = on != null ? on : ParkDay.today(clock);
        return this.<Object[]>rows(entityManager.createNativeQuery("""
                        select c.code, c.name, c.kind, count(distinct m.uscc)
                          from industry_chain c
                          left join enterprise_chain m on m.chain_code = c.code
                               and m.valid_from <= :on and (m.valid_to is null or m.valid_to >= :on)
                         group by c.code, c.name, c.kind
                         order by c.kind desc, c.code""").setParameter("on", day))
                .stream()
                .map(r -> new ChainCount((String) r[0], (String) r[1],
                        ReferenceData.ChainKind.valueOf((String) r[2]), number(r[3])))
                .toList();
    }

    @Transactional
    public List<DesignationCount> designations(Integer year) {
        Map<String, String> names = referenceData.designationTypes().stream()
                .collect(Collectors.toMap(ReferenceData.DesignationType::code, ReferenceData.DesignationType::name));
        Query query = entityManager.createNativeQuery("""
                select d.type_code, d.year, count(*),
                       count(*) filter (where not exists (
                           select 1 from enterprise_designation p
                            where p.uscc = d.uscc and p.type_code = d.type_code and p.year = d.year - 1))
                  from enterprise_designation d
                 where cast(:year as integer) is null or d.year = cast(:year as integer)
                 group by d.type_code, d.year
                 order by d.year, d.type_code""").setParameter("year", year);
        return this.<Object[]>rows(query).stream()
                .map(r -> new DesignationCount((String) r[0], names.get((String) r[0]), (int) number(r[1]), number(r[2]),
                        number(r[3])))
                .toList();
    }

    /** Platforms recognised up to and including {@code asOfYear} (all when null). */
    @Transactional
    public PlatformCounts platforms(Integer asOfYear) {
        List<Object[]> cells = rows(entityManager.createNativeQuery("""
                select type_code, level, year_recognised, count(*)
                  from innovation_platform
                 where cast(:year as integer) is null or year_recognised <= cast(:year as integer)
                 group by type_code, level, year_recognised""").setParameter("year", asOfYear));
        Map<String, Long> byType = new TreeMap<>();
        Map<RecognitionLevel, Long> byLevel = new TreeMap<>();
        Map<List<Object>, Long> byTypeAndLevel = new TreeMap<>(
                (a, b) -> (a.get(0) + "|" + a.get(1)).compareTo(b.get(0) + "|" + b.get(1)));
        Map<Integer, Long> byYear = new TreeMap<>();
        long total = 0;
        for (Object[] cell : cells) {
            String type = (String) cell[0];
            RecognitionLevel level = RecognitionLevel.valueOf((String) cell[1]);
            long count = number(cell[3]);
            byType.merge(type, count, Long::sum);
            byLevel.merge(level, count, Long::sum);
            byTypeAndLevel.merge(List.of(type, level), count, Long::sum);
            byYear.merge((int) number(cell[2]), count, Long::sum);
            total += count;
        }
        return new PlatformCounts(asOfYear, total, byType, byLevel, byTypeAndLevel.entrySet().stream()
                .map(e -> new PlatformCell((String) e.getKey().get(0), (RecognitionLevel) e.getKey().get(1), e.getValue()))
                .toList(), byYear);
    }

    @Transactional
    public ParkTitleCounts parkTitles() {
        List<ParkTitle> titles = ParkTitle.listAll();
        return new ParkTitleCounts(titles.size(), countBy(titles, t -> t.level), countBy(titles, t -> t.year));
    }

    @Transactional
    public LedgerTotals ledgers(int year) {
        Object[] rewards = single("""
                select count(distinct uscc), count(*), coalesce(sum(amount_yuan), 0) from reward_grant where year = :year""", year);
        List<ProgrammeTotal> byProgramme = this.<Object[]>rows(entityManager.createNativeQuery("""
                        select programme, count(*), sum(amount_yuan) from reward_grant where year = :year
                         group by programme order by programme""").setParameter("year", year)).stream()
                .map(r -> new ProgrammeTotal((String) r[0], number(r[1]), (BigDecimal) r[2]))
                .toList();
        Object[] patents = single("select count(distinct uscc) from patent_navigation where year = :year", year);
        Object[] loans = single("""
                select count(*), count(distinct uscc), coalesce(sum(amount_yuan), 0) from risk_compensation_loan
                 where extract(year from loan_date) = :year""", year);
        return new LedgerTotals(year, number(rewards[0]), number(rewards[1]), (BigDecimal) rewards[2], byProgramme,
                number(patents[0]), number(loans[0]), number(loans[1]), (BigDecimal) loans[2]);
    }

    private Object[] single(String sql, int year) {
        Object result = entityManager.createNativeQuery(sql).setParameter("year", year).getSingleResult();
        return result instanceof Object[] columns ? columns : new Object[] {result};
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(Query query) {
        return query.getResultList();
    }

    private static <T, K extends Comparable<K>> Map<K, Long> countBy(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
