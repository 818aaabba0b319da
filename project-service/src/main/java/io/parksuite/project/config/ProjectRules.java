package io.parksuite.project.config;

import io.parksuite.project.domain.InvestmentTier;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/**
 * The thresholds of the investment-promotion rules, as configuration: tier bounds (10亿元以上,
 * 1亿元以上), the fixed-asset-investment statistics threshold (计划总投资500万元及以上) and how
 * many days a signed project may take to start construction before it is overdue.
 */
@ConfigMapping(prefix = "parksuite.project")
public interface ProjectRules {

    Tier tier();

    /** Planned investment from which a project's monthly investment counts in FAI statistics. */
    @WithDefault("5000000")
    BigDecimal faiThresholdYuan();

    /** Days after signing within which construction should start (履约: signed then started). */
    @WithDefault("180")
    int startOverdueDays();

    /** Tier thresholds in yuan. */
    interface Tier {
        @WithDefault("1000000000")
        BigDecimal majorYuan();

        @WithDefault("100000000")
        BigDecimal largeYuan();
    }

    default InvestmentTier tierOf(BigDecimal plannedInvestmentYuan) {
        if (plannedInvestmentYuan.compareTo(tier().majorYuan()) >= 0) {
            return InvestmentTier.MAJOR;
        }
        if (plannedInvestmentYuan.compareTo(tier().largeYuan()) >= 0) {
            return InvestmentTier.LARGE;
        }
        return InvestmentTier.STANDARD;
    }

    default boolean faiEligible(BigDecimal plannedInvestmentYuan) {
        return plannedInvestmentYuan.compareTo(faiThresholdYuan()) >= 0;
    }
}
