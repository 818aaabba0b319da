package io.parksuite.indicator.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Every headline indicator of the park for one period (经济指标看板). */
@Schema(name = "Dashboard")
public record Dashboard(String period, String monthLabel, String ytdLabel, String park, String parkName,
                        List<IndicatorFigure> indicators) {
}
