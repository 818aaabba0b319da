package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Classification;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportIndicator;
import io.parksuite.indicator.domain.RollupView;
import io.parksuite.platform.persistence.Jdbc;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * 重点企业: the largest enterprises of an indicator summed from reports, by their 1–X月累计. The
 * ranking is the park figure's lineage ({@link ReportLineage#trace}), only the largest kept as it
 * is traced, so tens of thousands of enterprises are ranked in little memory: each enterprise's
 * values are its share of the park cell under the rollup's rule (current revisions, the 规上 list
 * of the period's year, the same-scope base 同口径), so they sum to the figure the dashboard serves
 * and equal the contributors the lineage names. Enterprise-level figures: the caller decides who
 * may read them.
 */
@ApplicationScoped
public class KeyEnterprises {

    /** The most enterprises one ranking returns. */
    public static final int MAX_LIMIT = 50;

    private final IndicatorRepository repository;
    private final ReportLineage lineage;
    private final Classifications classifications;
    private final Jdbc jdbc;

    public KeyEnterprises(IndicatorRepository repository, ReportLineage lineage, Classifications classifications,
                          Jdbc jdbc) {
        this.repository = repository;
        this.lineage = lineage;
        this.classifications = classifications;
        this.jdbc = jdbc;
    }

    /** One ranked enterprise: its month, year to date, same-scope base, growth and share of the park. */
    public record Ranked(int rank, String uscc, String name, List<String> chains, BigDecimal value,
                         BigDecimal ytdValue, BigDecimal priorYtdValue, BigDecimal yoyPct, BigDecimal sharePct) {
    }

    /**
     * The ranking of one indicator and period: the park's figure (the sum of every contributor) and
     * the first {@code limit} enterprises of the {@code ranked} that have a year to date.
     */
    public record Ranking(String code, String nameZh, String unit, String scope, String period, String ytdLabel,
                          BigDecimal parkValue, BigDecimal parkYtdValue, BigDecimal parkYoyPct, int ranked,
                          List<Ranked> enterprises) {
    }

    /**
     * The {@code limit} largest enterprises of indicator {@code code} in {@code period}; 422 for an
     * indicator that is not summed from enterprises' reports or is a count of enterprises.
     */
    @Transactional
    public Ranking top(String code, Period period, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        IndicatorDefinition definition = repository.catalogue().stream().filter(d -> d.code().equals(code))
                .findFirst().orElseThrow(() -> ProblemException.invalidField("indicator", "unknown indicator "
                        + code + "; see /api/v1/indicators/catalogue"));
        ReportIndicator indicator = ReportIndicator.of(code).filter(ReportIndicator::confidential)
                .orElseThrow(() -> ProblemException.invalidField("indicator", code + " is not a figure summed from "
                        + "enterprises' reports (source " + definition.source() + "); key enterprises rank by "
                        + "INDUSTRIAL_OUTPUT, SALES_OUTPUT, EXPORT_DELIVERY_VALUE, MAIN_REVENUE, TAX or EMPLOYEES"));
        Largest largest = new Largest(limit);
        Lineage.Totals totals = lineage.trace(new ReportLineage.Target(definition, indicator,
                indicator.parkDimension(), indicator.parkMember(), period), largest);
        BigDecimal parkYtd = totals.ytdValue();
        List<Lineage.Contributor> first = largest.first();
        Map<String, Classification> classified = first.isEmpty() ? Map.of()
                : jdbc.call(connection -> classifications.load(connection, first.stream()
                        .map(Lineage.Contributor::uscc).toList()));
        List<Ranked> ranked = new ArrayList<>();
        for (Lineage.Contributor contributor : first) {
            Classification classification = classified.get(contributor.uscc());
            ranked.add(new Ranked(ranked.size() + 1, contributor.uscc(), contributor.name(),
                    classification == null ? List.of() : classification.chainsOn(period.lastDay()),
                    contributor.value(), contributor.ytdValue(), contributor.priorYtdValue(),
                    RollupView.growthPct(contributor.ytdValue(), contributor.priorYtdValue()),
                    RollupView.sharePct(contributor.ytdValue(), parkYtd)));
        }
        return new Ranking(definition.code(), definition.nameZh(), definition.unit(), indicator.scope.name(),
                period.toString(), period.ytdLabel(), totals.value(), parkYtd, totals.yoyPct(),
                largest.withYearToDate, List.copyOf(ranked));
    }

    /** The {@code limit} contributors with the largest year to date, kept as they are traced. */
    private static final class Largest implements Consumer<Lineage.Contributor> {
        private static final Comparator<Lineage.Contributor> LARGEST_FIRST = Comparator
                .comparing(Lineage.Contributor::ytdValue).reversed().thenComparing(Lineage.Contributor::uscc);

        private final int limit;
        private final PriorityQueue<Lineage.Contributor> kept = new PriorityQueue<>(LARGEST_FIRST.reversed());
        private int withYearToDate;

        Largest(int limit) {
            this.limit = limit;
        }

        @Override
        public void accept(Lineage.Contributor contributor) {
            if (contributor.ytdValue() == null) {
                return;
            }
            withYearToDate++;
            kept.add(contributor);
            if (kept.size() > limit) {
                kept.poll();
            }
        }

        List<Lineage.Contributor> first() {
            return kept.stream().sorted(LARGEST_FIRST).toList();
        }
    }
}
