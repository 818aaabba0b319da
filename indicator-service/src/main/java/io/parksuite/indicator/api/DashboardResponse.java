package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Dashboard;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Every headline indicator of the park for one period (经济指标看板). */
@Schema(name = "Dashboard")
public record DashboardResponse(String period, String monthLabel, String ytdLabel, String park, String parkName,
                                List<IndicatorFigureResponse> indicators) {

    static DashboardResponse of(Dashboard dashboard) {
        return new DashboardResponse(dashboard.period(), dashboard.monthLabel(), dashboard.ytdLabel(),
                dashboard.park(), dashboard.parkName(),
                dashboard.indicators().stream().map(IndicatorFigureResponse::of).toList());
    }
}
