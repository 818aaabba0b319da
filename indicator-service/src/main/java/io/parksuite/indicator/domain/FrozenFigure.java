package io.parksuite.indicator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A park-level figure as published: frozen when its period is published, so that reports arriving
 * or revised later change open data only through a new revision. A withheld figure (disclosure
 * control, 统计法) carries no values.
 */
public record FrozenFigure(String code, String nameZh, String nameEn, String unit, String scope, String ytdLabel,
                           BigDecimal value, BigDecimal ytdValue, BigDecimal yoyPct, String source,
                           boolean suppressed) {

    /** Whether two publications would show the same figures (numbers compared by value, not scale). */
    public static boolean same(List<FrozenFigure> a, List<FrozenFigure> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameAs(FrozenFigure other) {
        return code.equals(other.code) && nameZh.equals(other.nameZh) && nameEn.equals(other.nameEn)
                && unit.equals(other.unit) && Objects.equals(scope, other.scope) && ytdLabel.equals(other.ytdLabel)
                && same(value, other.value) && same(ytdValue, other.ytdValue) && same(yoyPct, other.yoyPct)
                && source.equals(other.source) && suppressed == other.suppressed;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
