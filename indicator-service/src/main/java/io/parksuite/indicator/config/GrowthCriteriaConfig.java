package io.parksuite.indicator.config;

import io.smallrye.config.ConfigMapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The criteria of the growth programmes (瞪羚 gazelle, 独角兽 unicorn) per province, as each
 * province's recognition rules set them; {@code province} picks the one the park applies.
 */
@ConfigMapping(prefix = "parksuite.growth")
public interface GrowthCriteriaConfig {

    /** The province whose criteria apply, a key of {@link #provinces()}. */
    String province();

    Map<String, Province> provinces();

    /** One province's criteria. */
    interface Province {

        /** The rules' name and version, carried by every assessment. */
        String version();

        Gazelle gazelle();

        Unicorn unicorn();
    }

    /** 瞪羚企业: young, above a revenue floor, growing fast, investing in R&D. */
    interface Gazelle {

        /** Founded at most this many years before the end of the assessed year. */
        int maxAgeYears();

        /** Revenue of the assessed year at least this. */
        BigDecimal minRevenueYuan();

        /** The growth required by revenue band, from the lowest band up; the last band has no upper bound. */
        List<GrowthBand> growthBands();

        /** R&D expense over revenue of the assessed year at least this, percent. */
        BigDecimal minRdIntensityPct();

        /** Industry divisions (GB/T 4754, two digits) that are never gazelles, e.g. finance and real estate. */
        List<String> excludedSectors();

        /** NEAR: growth within this many percentage points below the band's requirement. */
        BigDecimal growthMarginPct();

        /** NEAR: revenue within this percentage below the floor. */
        BigDecimal revenueMarginPct();

        /** NEAR: R&D intensity within this many percentage points below the minimum. */
        BigDecimal rdMarginPct();
    }

    /** A revenue band and the three-year compound growth of revenue or profit it requires. */
    interface GrowthBand {

        /** The band holds revenues below this; absent for the top band. */
        Optional<BigDecimal> revenueBelowYuan();

        BigDecimal minCagrPct();
    }

    /** 独角兽企业: young and valued at a billion US dollars or more, from a dated, sourced valuation. */
    interface Unicorn {

        int maxAgeYears();

        BigDecimal minValuationUsd();

        /** Converts a valuation recorded in CNY. */
        BigDecimal cnyPerUsd();

        /** NEAR: valuation within this percentage below the minimum. */
        BigDecimal valuationMarginPct();
    }
}
