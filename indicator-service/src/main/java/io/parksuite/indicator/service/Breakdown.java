package io.parksuite.indicator.service;

import java.util.List;

/** An indicator split by chain, designation or street, with the park total the shares refer to. */
public record Breakdown(String indicator, String dimension, String period, IndicatorFigure total,
                        List<IndicatorFigure> cells) {
}
