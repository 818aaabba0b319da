package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Dashboard;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Every headline indicator of the park for one period (经济指标看板). */
@Schema(name = "Dashboard", description = "Every headline indicator of the park for one period (经济指标看板)",
        requiredProperties = {"period", "monthLabel", "ytdLabel", "park", "parkName", "indicators"},
        example = "{\"period\": \"2019-08\", \"monthLabel\": \"8月\", \"ytdLabel\": \"1–8月\", "
                + "\"park\": \"WANGCHENG_ETDZ\", \"parkName\": \"望城经济技术开发区\", \"indicators\": ["
                + IndicatorFigureResponse.EXAMPLE + "]}")
public record DashboardResponse(
        @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The month the values cover: 1–2月 for February", example = "8月") String monthLabel,
        @Schema(description = "The year to date the cumulative values cover", example = "1–8月") String ytdLabel,
        @Schema(description = "This park's code", example = "WANGCHENG_ETDZ") String park,
        @Schema(description = "This park's name", example = "望城经济技术开发区") String parkName,
        @Schema(description = "One figure per indicator of the catalogue, park level")
        List<IndicatorFigureResponse> indicators) {

    static DashboardResponse of(Dashboard dashboard) {
        return new DashboardResponse(dashboard.period(), dashboard.monthLabel(), dashboard.ytdLabel(),
                dashboard.park(), dashboard.parkName(),
                dashboard.indicators().stream().map(IndicatorFigureResponse::of).toList());
    }
}
