package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Ranking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The city's national-level parks ranked by an indicator's year-to-date growth. */
@Schema(name = "Ranking", description = "The city's national-level parks ranked by an indicator's year-to-date "
        + "growth", requiredProperties = {"indicator", "period", "parks"}, example = """
        {"indicator": "INDUSTRIAL_VALUE_ADDED", "period": "2019-08", "parks": [
         {"rank": 1, "parkCode": "WANGCHENG_ETDZ", "parkName": "望城经济技术开发区", "own": true,
          "ytdValue": 16500000000, "ytdGrowthPct": 10.2, "source": "OFFICIAL"}]}""")
public record RankingResponse(
        @Schema(description = "Indicator code of the catalogue", example = "INDUSTRIAL_VALUE_ADDED") String indicator,
        @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The parks with a growth rate, highest first; ties share a rank")
        List<RankedPark> parks) {

    /** One park's place: its year-to-date value and growth, and where the figures come from. */
    @Schema(name = "RankedPark", description = "One park's place in a ranking",
            requiredProperties = {"rank", "parkCode", "parkName", "own", "ytdGrowthPct", "source"}, example = """
            {"rank": 1, "parkCode": "WANGCHENG_ETDZ", "parkName": "望城经济技术开发区", "own": true,
             "ytdValue": 16500000000, "ytdGrowthPct": 10.2, "source": "OFFICIAL"}""")
    public record RankedPark(
            @Schema(description = "1 = highest growth; tied parks share a rank (1, 2, 2, 4)") int rank,
            @Schema(description = "The park code", example = "WANGCHENG_ETDZ") String parkCode,
            @Schema(description = "The park's name", example = "望城经济技术开发区") String parkName,
            @Schema(description = "true for this park") boolean own,
            @Schema(description = "1–X月累计 value in the indicator's unit; null when withheld", nullable = true)
            BigDecimal ytdValue,
            @Schema(description = "Year-to-date growth in percent (at comparable prices where the indicator says so)")
            BigDecimal ytdGrowthPct,
            @Schema(description = "OFFICIAL (published figures) or REPORTS (this park, summed from its reports)")
            IndicatorSource source) {
    }

    static RankingResponse of(Ranking ranking) {
        return new RankingResponse(ranking.indicator(), ranking.period(), ranking.parks().stream()
                .map(p -> new RankedPark(p.rank(), p.parkCode(), p.parkName(), p.own(), p.ytdValue(),
                        p.ytdGrowthPct(), WireEnums.of(IndicatorSource.class, p.source())))
                .toList());
    }
}
