package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Lineage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A monthly sum of the project copy that a project figure adds up. */
@Schema(name = "LineageActivityInput", description = "A statistical month of the project copy a project figure "
        + "adds up (January in 1–2月): for 固定资产投资 the projects reporting and the completed investment, for the "
        + "projects signed their number and planned investment; base true for the base year's months",
        requiredProperties = {"period", "projects", "value", "base"},
        example = "{\"period\": \"2019-08\", \"projects\": 42, \"value\": 1350000000.00, \"base\": false}")
public record LineageActivityInputResponse(
        @Schema(description = "The statistical month, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "Projects in the month's sum (个)", example = "42") long projects,
        @Schema(description = "The month's sum in yuan", example = "1350000000.00") BigDecimal value,
        @Schema(description = "true for a month of the base year (上年同期)", example = "false") boolean base) {

    static LineageActivityInputResponse of(Lineage.ActivityInput input) {
        return new LineageActivityInputResponse(input.period(), input.projects(), input.value(), input.base());
    }
}
