package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Breakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An indicator split by chain, designation or street, with the park total the shares refer to. */
@Schema(name = "Breakdown")
public record BreakdownResponse(String indicator, String dimension, String period, IndicatorFigureResponse total,
                                List<IndicatorFigureResponse> cells) {

    static BreakdownResponse of(Breakdown breakdown) {
        return new BreakdownResponse(breakdown.indicator(), breakdown.dimension(), breakdown.period(),
                IndicatorFigureResponse.of(breakdown.total()),
                breakdown.cells().stream().map(IndicatorFigureResponse::of).toList());
    }
}
