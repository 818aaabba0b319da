package io.parksuite.indicator.service;

import java.math.BigDecimal;
import java.util.List;

/** The city's national-level parks ranked by an indicator's year-to-date growth. */
public record Ranking(String indicator, String period, List<RankedPark> parks) {

    /** One park's place: its year-to-date value and growth, and where the figures come from. */
    public record RankedPark(int rank, String parkCode, String parkName, boolean own, BigDecimal ytdValue,
                             BigDecimal ytdGrowthPct, String source) {
    }
}
