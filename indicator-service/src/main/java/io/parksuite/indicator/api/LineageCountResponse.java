package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Lineage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an approval-desk figure is a ratio, average or count of. */
@Schema(name = "LineageCount", description = "What an approval-desk figure (source APPROVALS) is computed from, in "
        + "one window: for a rate the applications (or 依申请 items) meeting its condition (counted) out of all of the "
        + "window (of), the rate being counted ÷ of in percent; for an average working time the working days used in "
        + "total (counted) by the concluded applications averaged (of); for overdue applications their number (of "
        + "none)",
        requiredProperties = {"window", "counted"},
        example = "{\"window\": \"YEAR_TO_DATE\", \"counted\": 1862, \"of\": 1930}")
public record LineageCountResponse(
        @Schema(description = "The window counted", example = "YEAR_TO_DATE") CountWindow window,
        @Schema(description = "What meets the figure's condition, or the working days in total", example = "1862")
        long counted,
        @Schema(description = "Out of how many; none for a plain count", nullable = true, example = "1930") Long of) {

    static LineageCountResponse of(Lineage.CountInput input) {
        return new LineageCountResponse(WireEnums.of(CountWindow.class, input.window()), input.counted(), input.of());
    }
}
