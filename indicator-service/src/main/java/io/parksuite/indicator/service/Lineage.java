package io.parksuite.indicator.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 数据溯源: what one served figure was computed from, so that a reader can check it. For a figure
 * summed from reports, the enterprises' shares of the cell (with the current report revisions they
 * come from; a page of them, or none where they were handed on as traced) and totals that equal
 * the figure; for an official figure, the published records; for
 * project figures, the monthly sums. {@code enterpriseLevel} false is the disclosure-safe variant:
 * counts and rules only, no enterprise, and nothing of a withheld cell.
 */
public record Lineage(String code, String nameZh, String unit, String period, String dimension, String member,
                      String source, boolean enterpriseLevel, IndicatorFigure figure, Rules rules, Totals totals,
                      List<Contributor> contributors, List<OfficialInput> officialFigures,
                      List<ActivityInput> activityInputs, List<CountInput> counts, List<WithheldCell> withheld) {

    /** The same lineage with {@code kept} as its contributors (a page of them). */
    public Lineage withContributors(List<Contributor> kept) {
        return new Lineage(code, nameZh, unit, period, dimension, member, source, enterpriseLevel, figure, rules,
                totals, kept, officialFigures, activityInputs, counts, withheld);
    }

    /**
     * The rules the figure follows: its 口径, the year whose 规上 list and classification decide the
     * cell, the year of the same-scope base (同口径), and how the year to date and the base are formed.
     */
    public record Rules(String scope, Integer classificationYear, Integer baseYear, String cellRule,
                        String ytdRule, String baseRule) {
    }

    /**
     * The lineage summed: how many enterprises report in the month, count in the year to date and in
     * the base, and the sums, which equal the figure's value, ytdValue and the base of its yoyPct.
     */
    public record Totals(Integer reporting, Integer inYearToDate, Integer inBase, Integer contributors,
                         BigDecimal value, BigDecimal ytdValue, BigDecimal priorValue, BigDecimal priorYtdValue,
                         BigDecimal yoyPct, BigDecimal monthYoyPct) {
    }

    /** One enterprise's share of the cell and the period's report revision it sent. */
    public record Contributor(String uscc, String name, Integer reportRevision, String reportStatus,
                              String submittedBy, OffsetDateTime submittedAt, BigDecimal value, BigDecimal ytdValue,
                              BigDecimal priorValue, BigDecimal priorYtdValue, boolean inBase,
                              List<ReportUsed> reports) {
    }

    /** A current report revision summed into the figure ({@code base}: into the prior-year base). */
    public record ReportUsed(String period, int revision, String status, String submittedBy,
                             OffsetDateTime submittedAt, BigDecimal value, boolean base) {
    }

    /** An official figure record the figure was taken from, and what it was used for. */
    public record OfficialInput(String park, String period, String use, BigDecimal ytdValue,
                                BigDecimal ytdGrowthPct, String source, LocalDate publishedOn, String recordedBy,
                                OffsetDateTime recordedAt) {
    }

    /** A monthly sum of the project copy the figure adds up ({@code base}: last year's, the growth base). */
    public record ActivityInput(String period, long projects, BigDecimal value, boolean base) {
    }

    /**
     * What an approval-desk figure is a ratio, average or count of, in a window (MONTH, YEAR_TO_DATE,
     * or CATALOGUE: the item catalogue as it stands): {@code counted} out of {@code of} (none for a count).
     */
    public record CountInput(String window, long counted, Long of) {
    }

    /** A cell of the figure's dimension (or the park) withheld from roles that may not see enterprise figures. */
    public record WithheldCell(String dimension, String member, String part) {
    }
}
