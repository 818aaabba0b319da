package io.parksuite.indicator.service;

import java.util.List;

/**
 * 统计法: the lineage a caller who may not see enterprise figures gets. No enterprise is named and
 * no enterprise's value appears; a withheld cell gives no count either (a count below the minimum
 * is the reason it was withheld), and a withheld same-scope base gives neither its enterprises nor
 * its sums. The withheld cells are listed without the reason, since the reason itself discloses.
 */
final class LineageDisclosure {

    private LineageDisclosure() {
    }

    static Lineage safe(Lineage full, boolean baseWithheld) {
        IndicatorFigure shown = full.figure();
        Lineage.Totals all = full.totals();
        Lineage.Totals totals;
        if (shown.suppressed()) {
            totals = new Lineage.Totals(null, null, null, null, null, null, null, null, null, null);
        } else {
            totals = new Lineage.Totals(all.reporting(), all.inYearToDate(),
                    baseWithheld ? null : all.inBase(), baseWithheld ? null : all.contributors(),
                    shown.value(), shown.ytdValue(),
                    baseWithheld ? null : all.priorValue(), baseWithheld ? null : all.priorYtdValue(),
                    shown.yoyPct(), shown.monthYoyPct());
        }
        return new Lineage(full.code(), full.nameZh(), full.unit(), full.period(), full.dimension(), full.member(),
                full.source(), false, shown, full.rules(), totals, null, List.of(), List.of(), List.of(),
                full.withheld());
    }
}
