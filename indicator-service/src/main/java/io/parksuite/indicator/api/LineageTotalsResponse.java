package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Lineage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The lineage of a figure summed from reports, summed: counts and sums that equal the figure. */
@Schema(name = "LineageTotals", description = "The contributions summed: value, ytdValue and yoyPct equal the "
        + "figure's; priorYtdValue is the same-scope base (同口径) of yoyPct. In the disclosure-safe lineage a withheld "
        + "cell has every field null, a withheld base its base counts and sums null.",
        example = "{\"reporting\": 182, \"inYearToDate\": 184, \"inBase\": 176, \"contributors\": 186, "
                + "\"value\": 9200000000.00, \"ytdValue\": 68000000000.00, \"priorValue\": 7500000000.00, "
                + "\"priorYtdValue\": 55100000000.00, \"yoyPct\": 23.4, \"monthYoyPct\": 22.7}")
public record LineageTotalsResponse(
        @Schema(description = "Enterprises whose report of the period counts (家): the figure's enterprises",
                nullable = true, example = "182") Integer reporting,
        @Schema(description = "Enterprises counted in the year to date (家)", nullable = true, example = "184")
        Integer inYearToDate,
        @Schema(description = "Enterprises in the same-scope base (家)", nullable = true, example = "176")
        Integer inBase,
        @Schema(description = "Enterprises in the year to date or the base (家)", nullable = true, example = "186")
        Integer contributors,
        @Schema(description = "当月 summed, in the indicator's unit", nullable = true, example = "9200000000.00")
        BigDecimal value,
        @Schema(description = "1–X月累计 summed", nullable = true, example = "68000000000.00") BigDecimal ytdValue,
        @Schema(description = "The month's same-scope base: the same enterprises a year earlier", nullable = true,
                example = "7500000000.00") BigDecimal priorValue,
        @Schema(description = "The same-scope base of yoyPct (上年同期, 同口径)", nullable = true,
                example = "55100000000.00") BigDecimal priorYtdValue,
        @Schema(description = "Growth of ytdValue over priorYtdValue in percent, one decimal", nullable = true,
                example = "23.4") BigDecimal yoyPct,
        @Schema(description = "Growth of value over priorValue in percent, one decimal", nullable = true,
                example = "22.7") BigDecimal monthYoyPct) {

    static LineageTotalsResponse of(Lineage.Totals totals) {
        return totals == null ? null : new LineageTotalsResponse(totals.reporting(), totals.inYearToDate(),
                totals.inBase(), totals.contributors(), totals.value(), totals.ytdValue(), totals.priorValue(),
                totals.priorYtdValue(), totals.yoyPct(), totals.monthYoyPct());
    }
}
