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
@Schema(name = "OfficialFigureRequest", example = """
        {"parkCode": "WANGCHENG_ETDZ", "indicatorCode": "INDUSTRIAL_VALUE_ADDED", "period": "2019-08",
         "ytdValue": 16500000000, "ytdGrowthPct": 10.2, "source": "长沙市统计局 2019年8月园区主要经济指标",
         "publishedOn": "2019-09-20"}""")
public record OfficialFigureRequest(@NotBlank String parkCode, @NotBlank String indicatorCode, @NotBlank String period,
                                    @NotNull @PositiveOrZero BigDecimal ytdValue, BigDecimal ytdGrowthPct,
                                    @NotBlank String source, LocalDate publishedOn) {
}
