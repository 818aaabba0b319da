package io.parksuite.project.api;

import io.parksuite.project.domain.FundsArrival;
import io.parksuite.project.domain.MonthlyInvestment;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Request and response bodies of a project's progress: monthly investment, funds arrived, capacity reached. */
public final class ProgressDtos {

    private ProgressDtos() {
    }

    /** 固定资产投资完成额 of one month. */
    @Schema(name = "InvestmentReport", example = """
            {"completedYuan": 250000000}""")
    public record InvestmentReport(@NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal completedYuan) {
    }

    /** One project's month in a bulk report of completed fixed-asset investment. */
    @Schema(name = "InvestmentRow", example = """
            {"projectId": "0b7c3c1e-6f0e-4a53-9b1e-3d7f1c2a9e10", "period": "2019-08", "completedYuan": 250000000}""")
    public record InvestmentRow(@NotBlank @Size(max = 36) String projectId, @NotBlank @Size(max = 7) String period,
                                @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal completedYuan) {
    }

    /** A month as stored. */
    @Schema(name = "MonthlyInvestment", example = """
            {"period": "2019-08", "completedYuan": 250000000, "reportedAt": "2019-09-05T02:00:00Z", "reportedBy": "officer-li"}""")
    public record MonthlyInvestmentResponse(String period, BigDecimal completedYuan, OffsetDateTime reportedAt,
                                            String reportedBy) {
        public static MonthlyInvestmentResponse of(MonthlyInvestment m) {
            return new MonthlyInvestmentResponse(m.key.period(), m.completedYuan, m.reportedAt, m.reportedBy);
        }
    }

    /** 到位资金: funds that arrived, with the reference of the confirming document. */
    @Schema(name = "FundsArrivalRequest", example = """
            {"arrivedOn": "2019-08-15", "amountYuan": 300000000, "reference": "YZ-2019-0815-01"}""")
    public record FundsRequest(@NotNull LocalDate arrivedOn,
                               @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 18, fraction = 2) BigDecimal amountYuan,
                               @NotBlank @Size(max = 128) String reference) {
    }

    /** A recorded arrival of funds. */
    @Schema(name = "FundsArrival", example = """
            {"arrivedOn": "2019-08-15", "amountYuan": 300000000, "reference": "YZ-2019-0815-01", "recordedBy": "officer-li"}""")
    public record FundsResponse(LocalDate arrivedOn, BigDecimal amountYuan, String reference, OffsetDateTime recordedAt,
                                String recordedBy) {
        public static FundsResponse of(FundsArrival f) {
            return new FundsResponse(f.arrivedOn, f.amountYuan, f.reference, f.recordedAt, f.recordedBy);
        }
    }

    /** The capacity a project in production has reached, as of a date. */
    @Schema(name = "CapacityReport", example = """
            {"quantity": 40000000, "date": "2020-06-30"}""")
    public record CapacityReport(@NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal quantity,
                                 @NotNull LocalDate date) {
    }
}
