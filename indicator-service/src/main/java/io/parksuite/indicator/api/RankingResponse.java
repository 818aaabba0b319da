package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Ranking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The city's national-level parks ranked by an indicator's year-to-date growth. */
@Schema(name = "Ranking")
public record RankingResponse(String indicator, String period, List<RankedPark> parks) {

    /** One park's place: its year-to-date value and growth, and where the figures come from. */
    @Schema(name = "RankedPark")
    public record RankedPark(int rank, String parkCode, String parkName, boolean own, BigDecimal ytdValue,
                             BigDecimal ytdGrowthPct, String source) {
    }

    static RankingResponse of(Ranking ranking) {
        return new RankingResponse(ranking.indicator(), ranking.period(), ranking.parks().stream()
                .map(p -> new RankedPark(p.rank(), p.parkCode(), p.parkName(), p.own(), p.ytdValue(),
                        p.ytdGrowthPct(), p.source()))
                .toList());
    }
}
