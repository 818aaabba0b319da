package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.growth.Assessment;
import io.parksuite.indicator.domain.growth.Programme;
import io.parksuite.indicator.domain.growth.Shortfall;
import io.parksuite.indicator.domain.growth.Standing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An enterprise that meets or nears a growth programme's criteria, with the figures the assessment used. */
@Schema(name = "GrowthCandidate", description = "An enterprise that meets or nears the criteria of 瞪羚 (GAZELLE) or "
        + "独角兽 (UNICORN) for the assessed year, with the figures used and the criteria it misses",
        requiredProperties = {"uscc", "name", "programme", "year", "standing", "shortfalls"}, example = """
        {"uscc": "91430112MA4D000134", "name": "湖南泰嘉新材料科技股份有限公司", "programme": "GAZELLE", "year": 2018,
         "standing": "NEAR", "foundedOn": "2010-06-30", "industryCode": "3321", "revenueYuan": 620000000.00,
         "baseRevenueYuan": 310000000.00, "revenueCagrPct": 26.0, "rdIntensityPct": 4.1,
         "shortfalls": [{"criterion": "GROWTH", "required": "≥ 30", "actual": "26", "near": true}]}""")
public record GrowthCandidateResponse(
        @Schema(description = "统一社会信用代码 (USCC)", example = "91430112MA4D000134") String uscc,
        @Schema(description = "The enterprise's name", example = "湖南泰嘉新材料科技股份有限公司") String name,
        @Schema(description = "The programme") Programme programme,
        @Schema(description = "The assessed year", example = "2018") int year,
        @Schema(description = "MEETS or NEAR") Standing standing,
        @Schema(description = "Date of establishment", nullable = true) LocalDate foundedOn,
        @Schema(description = "Industry code (GB/T 4754)", nullable = true, example = "3321") String industryCode,
        @Schema(description = "Revenue of the assessed year, yuan", nullable = true) BigDecimal revenueYuan,
        @Schema(description = "Revenue three years before, yuan", nullable = true) BigDecimal baseRevenueYuan,
        @Schema(description = "Total profit of the assessed year, yuan", nullable = true) BigDecimal profitYuan,
        @Schema(description = "Total profit three years before, yuan", nullable = true) BigDecimal baseProfitYuan,
        @Schema(description = "Three-year compound annual growth of revenue, percent (one decimal)", nullable = true)
        BigDecimal revenueCagrPct,
        @Schema(description = "Three-year compound annual growth of profit, percent (one decimal)", nullable = true)
        BigDecimal profitCagrPct,
        @Schema(description = "R&D expense over revenue, percent", nullable = true) BigDecimal rdIntensityPct,
        @Schema(description = "UNICORN: the valuation in US dollars", nullable = true) BigDecimal valuationUsd,
        @Schema(description = "UNICORN: the valuation's source and date", nullable = true) String valuationSource,
        @Schema(description = "The criteria not met; empty when it meets them all") List<Missed> shortfalls) {

    /** A criterion not met. */
    @Schema(name = "GrowthShortfall", description = "A criterion not met, with its threshold and the enterprise's value",
            requiredProperties = {"criterion", "required", "near"})
    public record Missed(
            @Schema(description = "AGE, REVENUE_FLOOR, GROWTH, RD_INTENSITY, SECTOR, VALUATION or DATA",
                    example = "GROWTH") String criterion,
            @Schema(description = "The threshold", example = "≥ 30") String required,
            @Schema(description = "The enterprise's value; null when the figure is missing", nullable = true,
                    example = "26") String actual,
            @Schema(description = "true when within the criterion's margin") boolean near) {
    }

    static GrowthCandidateResponse of(Assessment a) {
        var facts = a.facts();
        var valuation = facts.valuation();
        return new GrowthCandidateResponse(a.uscc(), a.name(), a.programme(), a.year(), a.standing(),
                facts.foundedOn(), facts.industryCode(), facts.revenue(), facts.baseRevenue(), facts.profit(),
                facts.baseProfit(), a.revenueCagrPct(), a.profitCagrPct(), a.rdIntensityPct(), a.valuationUsd(),
                valuation == null || a.programme() != Programme.UNICORN ? null
                        : valuation.source() + ", " + valuation.valuedOn(),
                a.shortfalls().stream().map(GrowthCandidateResponse::missed).toList());
    }

    private static Missed missed(Shortfall s) {
        return new Missed(s.criterion(), s.required(), s.actual(), s.near());
    }
}
