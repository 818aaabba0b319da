package io.parksuite.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The HUNAN criteria of application.properties calculated again for tests, without the service's
 * code: what standing (MEETS, NEAR or null for none) an enterprise's figures give.
 */
public final class GrowthExpectation {

    private GrowthExpectation() {
    }

    /** What the assessment of one year reads of an enterprise; null where a figure is unknown. */
    public record Figures(LocalDate founded, String industry, Double revenue, Double baseRevenue, Double profit,
                          Double baseProfit, Double rd, Double valuation, String currency, LocalDate valuedOn) {
    }

    /** 瞪羚: at most 10 years old, not finance or real estate, the revenue floor, growth by band, R&D. */
    public static String gazelle(int year, Figures f) {
        if (f.founded() == null || year - f.founded().getYear() > 10 || f.industry() == null
                || List.of("66", "67", "68", "69", "70").contains(f.industry().substring(0, 2)) || f.revenue() == null) {
            return null;
        }
        double revenue = f.revenue();
        List<Boolean> near = new ArrayList<>();
        if (revenue < 10_000_000) {
            near.add(revenue >= 8_000_000);
        }
        double required = revenue < 100_000_000 ? 30 : revenue < 500_000_000 ? 25 : 20;
        Double growth = max(cagr(f.baseRevenue(), f.revenue()), cagr(f.baseProfit(), f.profit()));
        if (growth == null || f.rd() == null) {
            return null;
        }
        if (growth < required) {
            near.add(growth >= required - 5);
        }
        double intensity = BigDecimal.valueOf(f.rd() * 100 / revenue).setScale(2, RoundingMode.HALF_UP).doubleValue();
        if (intensity < 3) {
            near.add(intensity >= 2);
        }
        return near.isEmpty() ? "MEETS" : near.stream().allMatch(b -> b) ? "NEAR" : null;
    }

    /** 独角兽: at most 10 years old and valued at 1 billion US dollars (7 yuan to the dollar), dated by the year. */
    public static String unicorn(int year, Figures f) {
        if (f.founded() == null || year - f.founded().getYear() > 10 || f.valuation() == null
                || f.valuedOn().getYear() > year) {
            return null;
        }
        double usd = "CNY".equals(f.currency()) ? f.valuation() / 7.0 : f.valuation();
        return usd >= 1e9 ? "MEETS" : usd >= 8e8 ? "NEAR" : null;
    }

    /** Three-year compound growth in percent, one decimal, or null without a positive base. */
    public static Double cagr(Double base, Double value) {
        if (base == null || base <= 0 || value == null || value < 0) {
            return null;
        }
        return BigDecimal.valueOf((Math.cbrt(value / base) - 1) * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double max(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null || a >= b ? a : b;
    }
}
