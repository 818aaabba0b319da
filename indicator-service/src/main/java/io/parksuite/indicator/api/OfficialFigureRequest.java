package io.parksuite.indicator.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A park-level figure as the statistics bureau published it, for this park or a peer: the
 * 1–X月累计 value and its growth (at comparable prices where the indicator says so).
 */
@Schema(name = "OfficialFigureRequest", description = "A park-level figure as the statistics bureau published it "
        + "(官方发布数), for this park or a peer", example = """
        {"parkCode": "WANGCHENG_ETDZ", "indicatorCode": "INDUSTRIAL_VALUE_ADDED", "period": "2019-08",
         "ytdValue": 16500000000, "ytdGrowthPct": 10.2, "source": "长沙市统计局 2019年8月园区主要经济指标",
         "publishedOn": "2019-09-20"}""")
public record OfficialFigureRequest(
        @NotBlank @Schema(description = "A park of listParks", example = "WANGCHENG_ETDZ") String parkCode,
        @NotBlank @Schema(description = "Indicator code of the catalogue", example = "INDUSTRIAL_VALUE_ADDED")
        String indicatorCode,
        @NotBlank @Schema(description = "YYYY-MM of a period that is over", pattern = RequestParameters.PERIOD_PATTERN,
                example = "2019-08") String period,
        @NotNull @PositiveOrZero @Schema(description = "1–X月累计 value as published, in the indicator's unit (yuan "
                + "for money)", example = "16500000000") BigDecimal ytdValue,
        @Schema(description = "Year-to-date growth in percent as published (at comparable prices where the indicator "
                + "says so); optional", example = "10.2") BigDecimal ytdGrowthPct,
        @NotBlank @Schema(description = "Where it was published", example = "长沙市统计局 2019年8月园区主要经济指标")
        String source,
        @Schema(description = "The day it was published (optional)", example = "2019-09-20") LocalDate publishedOn) {
}
