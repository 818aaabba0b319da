package io.parksuite.indicator.domain.growth;

import io.parksuite.indicator.config.GrowthCriteriaConfig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The recognition rules of the growth programmes applied to one enterprise's facts: which
 * criteria it meets, which it misses within their margin (NEAR), and which it misses outright.
 * Age and sector have no margin; a figure the assessment needs and does not have is a DATA
 * shortfall, never read as met.
 */
public final class GrowthRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final GrowthCriteriaConfig.Province criteria;

    public GrowthRules(GrowthCriteriaConfig.Province criteria) {
        this.criteria = criteria;
    }

    public Assessment gazelle(GrowthFacts facts, int year) {
        GrowthCriteriaConfig.Gazelle rules = criteria.gazelle();
        List<Shortfall> shortfalls = new ArrayList<>();
        age(shortfalls, facts.foundedOn(), year, rules.maxAgeYears());
        if (facts.industryCode() == null || facts.industryCode().length() < 2) {
            shortfalls.add(Shortfall.hard(Shortfall.DATA, "industry division", null));
        } else if (rules.excludedSectors().contains(facts.industryCode().substring(0, 2))) {
            shortfalls.add(Shortfall.hard(Shortfall.SECTOR, "not in " + rules.excludedSectors(),
                    facts.industryCode()));
        }
        BigDecimal revenueCagr = cagr(facts.baseRevenue(), facts.revenue());
        BigDecimal profitCagr = cagr(facts.baseProfit(), facts.profit());
        BigDecimal rdIntensity = facts.rdExpense() == null || facts.revenue() == null || facts.revenue().signum() == 0
                ? null : facts.rdExpense().multiply(HUNDRED).divide(facts.revenue(), 2, RoundingMode.HALF_UP);
        if (facts.revenue() == null) {
            shortfalls.add(Shortfall.hard(Shortfall.DATA, "revenue of " + year, null));
        } else {
            atLeast(shortfalls, Shortfall.REVENUE_FLOOR, facts.revenue(), rules.minRevenueYuan(),
                    rules.minRevenueYuan().multiply(HUNDRED.subtract(rules.revenueMarginPct())).divide(HUNDRED));
            BigDecimal required = requiredGrowth(rules, facts.revenue());
            BigDecimal growth = max(revenueCagr, profitCagr);
            if (growth == null) {
                shortfalls.add(Shortfall.hard(Shortfall.DATA, "revenue or profit of " + (year - 3), null));
            } else {
                atLeast(shortfalls, Shortfall.GROWTH, growth, required, required.subtract(rules.growthMarginPct()));
            }
            if (rdIntensity == null) {
                shortfalls.add(Shortfall.hard(Shortfall.DATA, "R&D expense of " + year, null));
            } else {
                atLeast(shortfalls, Shortfall.RD_INTENSITY, rdIntensity, rules.minRdIntensityPct(),
                        rules.minRdIntensityPct().subtract(rules.rdMarginPct()));
            }
        }
        return new Assessment(facts.uscc(), facts.name(), Programme.GAZELLE, year, standing(shortfalls), facts,
                revenueCagr, profitCagr, rdIntensity, null, shortfalls);
    }

    public Assessment unicorn(GrowthFacts facts, int year) {
        GrowthCriteriaConfig.Unicorn rules = criteria.unicorn();
        List<Shortfall> shortfalls = new ArrayList<>();
        age(shortfalls, facts.foundedOn(), year, rules.maxAgeYears());
        BigDecimal usd = null;
        GrowthFacts.Valuation valuation = facts.valuation();
        if (valuation == null || valuation.valuedOn().getYear() > year) {
            shortfalls.add(Shortfall.hard(Shortfall.DATA, "a valuation dated in or before " + year, null));
        } else {
            usd = "CNY".equals(valuation.currency())
                    ? valuation.amount().divide(rules.cnyPerUsd(), 2, RoundingMode.HALF_UP) : valuation.amount();
            atLeast(shortfalls, Shortfall.VALUATION, usd, rules.minValuationUsd(),
                    rules.minValuationUsd().multiply(HUNDRED.subtract(rules.valuationMarginPct())).divide(HUNDRED));
        }
        return new Assessment(facts.uscc(), facts.name(), Programme.UNICORN, year, standing(shortfalls), facts,
                null, null, null, usd, shortfalls);
    }

    /**
     * The three-year compound annual growth from {@code base} to {@code value}, percent to one
     * decimal; null when either is unknown or the base is not positive.
     */
    public static BigDecimal cagr(BigDecimal base, BigDecimal value) {
        if (base == null || value == null || base.signum() <= 0 || value.signum() < 0) {
            return null;
        }
        double ratio = value.doubleValue() / base.doubleValue();
        return BigDecimal.valueOf((Math.cbrt(ratio) - 1) * 100).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal requiredGrowth(GrowthCriteriaConfig.Gazelle rules, BigDecimal revenue) {
        for (GrowthCriteriaConfig.GrowthBand band : rules.growthBands()) {
            if (band.revenueBelowYuan().isEmpty() || revenue.compareTo(band.revenueBelowYuan().get()) < 0) {
                return band.minCagrPct();
            }
        }
        throw new IllegalStateException("the growth bands have no top band without revenue-below-yuan");
    }

    private static void age(List<Shortfall> shortfalls, LocalDate foundedOn, int year, int maxAgeYears) {
        if (foundedOn == null) {
            shortfalls.add(Shortfall.hard(Shortfall.DATA, "date of establishment", null));
        } else if (year - foundedOn.getYear() > maxAgeYears) {
            shortfalls.add(Shortfall.hard(Shortfall.AGE, "founded in or after " + (year - maxAgeYears),
                    foundedOn.toString()));
        }
    }

    private static void atLeast(List<Shortfall> shortfalls, String criterion, BigDecimal actual, BigDecimal required,
                                BigDecimal nearFloor) {
        if (actual.compareTo(required) < 0) {
            shortfalls.add(new Shortfall(criterion, "≥ " + required.stripTrailingZeros().toPlainString(),
                    actual.stripTrailingZeros().toPlainString(), actual.compareTo(nearFloor) >= 0));
        }
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static Standing standing(List<Shortfall> shortfalls) {
        if (shortfalls.isEmpty()) {
            return Standing.MEETS;
        }
        return shortfalls.stream().allMatch(Shortfall::near) ? Standing.NEAR : Standing.NONE;
    }
}
