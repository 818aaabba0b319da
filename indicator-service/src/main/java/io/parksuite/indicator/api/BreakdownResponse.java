package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Breakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An indicator split by chain, designation or street, with the park total the shares refer to. */
@Schema(name = "Breakdown", description = "An indicator split by industry chain, designation or street, with the "
        + "park total the shares refer to", requiredProperties = {"indicator", "dimension", "period", "total", "cells"},
        example = "{\"indicator\": \"INDUSTRIAL_OUTPUT\", \"dimension\": \"CHAIN\", \"period\": \"2019-08\", "
                + "\"total\": " + IndicatorFigureResponse.EXAMPLE + ", \"cells\": []}")
public record BreakdownResponse(
        @Schema(description = "Indicator code of the catalogue", example = "INDUSTRIAL_OUTPUT") String indicator,
        @Schema(description = "What the cells are grouped by")
        BreakdownDimension dimension,
        @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The park total") IndicatorFigureResponse total,
        @Schema(description = "One figure per chain, designation or street with reporting enterprises")
        List<IndicatorFigureResponse> cells) {

    static BreakdownResponse of(Breakdown breakdown) {
        return new BreakdownResponse(breakdown.indicator(),
                WireEnums.of(BreakdownDimension.class, breakdown.dimension()), breakdown.period(),
                IndicatorFigureResponse.of(breakdown.total()),
                breakdown.cells().stream().map(IndicatorFigureResponse::of).toList());
    }
}
