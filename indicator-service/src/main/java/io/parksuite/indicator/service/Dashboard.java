package io.parksuite.indicator.service;

import java.util.List;

/** Every headline indicator of the park for one period (经济指标看板). */
public record Dashboard(String period, String monthLabel, String ytdLabel, String park, String parkName,
                        List<IndicatorFigure> indicators) {
}
