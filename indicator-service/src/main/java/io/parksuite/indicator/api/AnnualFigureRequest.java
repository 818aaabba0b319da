package io.parksuite.indicator.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** An enterprise's annual figures (企业年报) for one year, one row of a bulk upload. */
@Schema(name = "AnnualFigureRequest", description = "An enterprise's annual figures (企业年报) for a year: revenue, "
        + "total profit and R&D expense, in yuan; a revenue left out is taken from the year's twelve months of "
        + "reports", example = """
        {"uscc": "91430112MA4D000134", "year": 2015, "revenueYuan": 310000000.00, "profitYuan": 21000000.00,
         "rdExpenseYuan": 12400000.00, "source": "2015年度企业年报"}""")
public record AnnualFigureRequest(
        @NotBlank @Schema(description = "统一社会信用代码 (USCC), known from the registry's events",
                pattern = RequestParameters.USCC_PATTERN, example = "91430112MA4D000134") String uscc,
        @NotNull @Schema(description = "The year the figures are for, 2000 or later and over", example = "2015")
        Integer year,
        @PositiveOrZero @Schema(description = "营业收入, yuan; null to use the sum of the year's monthly reports",
                nullable = true, example = "310000000.00") BigDecimal revenueYuan,
        @Schema(description = "利润总额, yuan (may be negative); null when not reported", nullable = true,
                example = "21000000.00") BigDecimal profitYuan,
        @PositiveOrZero @Schema(description = "研发费用, yuan; null when not reported", nullable = true,
                example = "12400000.00") BigDecimal rdExpenseYuan,
        @Size(max = 200) @Schema(description = "Where the figures come from", nullable = true,
                example = "2015年度企业年报") String source) {
}
