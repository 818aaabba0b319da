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
import java.util.List;
import java.util.UUID;

/** Request and response bodies of a project's progress: monthly investment, funds arrived, capacity reached over time. */
public final class ProgressDtos {

    private ProgressDtos() {
    }

    /** 固定资产投资完成额 of one month. */
    @Schema(name = "InvestmentReport", description = "Completed fixed-asset investment (固定资产投资完成额) of one month",
            example = """
            {"completedYuan": 250000000}""")
    public record InvestmentReport(@Schema(description = "Completed in the month, " + Schemas.MONEY) @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal completedYuan) {
    }

    /** One project's month in a bulk report of completed fixed-asset investment. */
    @Schema(name = "InvestmentRow", description = "One signed project's month in a bulk report", example = """
            {"projectId": "0b7c3c1e-6f0e-4a53-9b1e-3d7f1c2a9e10", "period": "2019-08", "completedYuan": 250000000}""")
    public record InvestmentRow(@Schema(description = "The project's id", format = "uuid")
                                @NotBlank @Size(max = 36) String projectId,
                                @Schema(description = "The month, YYYY-MM, not in the future", pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$")
                                @NotBlank @Size(max = 7) String period,
                                @Schema(description = "Completed in the month, " + Schemas.MONEY) @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal completedYuan) {
    }

    /** A month as stored. */
    @Schema(name = "MonthlyInvestment", description = "A project's month of completed fixed-asset investment, as stored",
            example = """
            {"period": "2019-08", "completedYuan": 250000000, "reportedAt": "2019-09-05T02:00:00Z", "reportedBy": "officer-li"}""")
    public record MonthlyInvestmentResponse(
            @Schema(required = true, description = "The month, YYYY-MM", pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$")
            String period,
            @Schema(required = true, description = "Completed in the month, yuan") BigDecimal completedYuan,
            @Schema(required = true, description = "When it was last reported") OffsetDateTime reportedAt,
            @Schema(required = true, description = "Who reported it (the token's subject)") String reportedBy) {
        public static MonthlyInvestmentResponse of(MonthlyInvestment m) {
            return new MonthlyInvestmentResponse(m.key.period(), m.completedYuan, m.reportedAt, m.reportedBy);
        }
    }

    /** 到位资金: funds that arrived, with the reference of the confirming document. */
    @Schema(name = "FundsArrivalRequest", description = "Funds that arrived (到位资金), with the reference of the "
            + "confirming document", example = """
            {"arrivedOn": "2019-08-15", "amountYuan": 300000000, "reference": "YZ-2019-0815-01"}""")
    public record FundsRequest(@Schema(description = "The day the funds arrived, not in the future")
                               @NotNull LocalDate arrivedOn,
                               @Schema(description = "The amount, " + Schemas.MONEY + ", more than 0")
                               @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 18, fraction = 2) BigDecimal amountYuan,
                               @Schema(description = "The confirming document's reference, unique per project",
                                       example = "YZ-2019-0815-01")
                               @NotBlank @Size(max = 128) String reference) {
    }

    /** A recorded arrival of funds. */
    @Schema(name = "FundsArrival", description = "A recorded arrival of funds (到位资金)", example = """
            {"arrivedOn": "2019-08-15", "amountYuan": 300000000, "reference": "YZ-2019-0815-01",
             "recordedAt": "2019-08-16T01:30:00Z", "recordedBy": "officer-li"}""")
    public record FundsResponse(@Schema(required = true, description = "The day the funds arrived") LocalDate arrivedOn,
                                @Schema(required = true, description = "The amount, yuan") BigDecimal amountYuan,
                                @Schema(required = true, description = "The confirming document's reference")
                                String reference,
                                @Schema(required = true, description = "When it was recorded")
                                OffsetDateTime recordedAt,
                                @Schema(required = true, description = "Who recorded it (the token's subject)")
                                String recordedBy) {
        public static FundsResponse of(FundsArrival f) {
            return new FundsResponse(f.arrivedOn, f.amountYuan, f.reference, f.recordedAt, f.recordedBy);
        }
    }

    /** The capacity a project in production has reached, as of a date. */
    @Schema(name = "CapacityReport", description = "The capacity a project in production has reached, as of a date",
            example = """
            {"quantity": 40000000, "date": "2020-06-30"}""")
    public record CapacityReport(@Schema(description = "The quantity reached, in the unit of the planned capacity")
                                 @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal quantity,
                                 @Schema(description = "Between the production date (投产) and today")
                                 @NotNull LocalDate date) {
    }

    /** One dated report of the capacity reached, kept beside the earlier ones. */
    @Schema(name = "CapacityReportRequest", description = "The capacity a project in production has reached as of a date; "
            + "one report per project and date, every report kept", example = """
            {"date": "2019-09-24", "quantity": 40000000, "unit": "台/年", "note": "红网 2019-09-24: 年产智能手机4000万台"}""")
    public record CapacityReportRequest(@Schema(description = "The date of the report: between the production date (投产) "
                                                + "and today, not yet reported for this project")
                                        @NotNull LocalDate date,
                                        @Schema(description = "The quantity reached, more than 0, at most two decimals")
                                        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 18, fraction = 2)
                                        BigDecimal quantity,
                                        @Schema(description = "The unit: the planned capacity's unit, which it defaults to; "
                                                + "required when the project has no planned capacity", example = "台/年")
                                        @Size(max = 64) String unit,
                                        @Schema(description = "Where the figure comes from, or any remark")
                                        @Size(max = 500) String note) {
    }

    /** A stored report of the capacity reached, with the share of the plan it represents. */
    @Schema(name = "RecordedCapacityReport", description = "A stored report of the capacity reached, with the share of "
            + "the planned capacity it represents", example = """
            {"date": "2019-09-24", "quantity": 40000000, "unit": "台/年", "sharePercent": 26.7,
             "note": "红网 2019-09-24: 年产智能手机4000万台", "recordedAt": "2019-09-25T01:30:00Z", "recordedBy": "officer-li"}""")
    public record RecordedCapacityReport(
            @Schema(required = true, description = "The date of the report") LocalDate date,
            @Schema(required = true, description = "The quantity reached") BigDecimal quantity,
            @Schema(required = true, description = "The unit", example = "台/年") String unit,
            @Schema(description = "The quantity as a percentage of the planned capacity, one decimal (half up); null when "
                    + "the project has no planned capacity or plans it in another unit", example = "26.7")
            BigDecimal sharePercent,
            @Schema(description = "Where the figure comes from, or any remark") String note,
            @Schema(required = true, description = "When it was recorded") OffsetDateTime recordedAt,
            @Schema(required = true, description = "Who recorded it (the token's subject)") String recordedBy) {
        public static RecordedCapacityReport of(io.parksuite.project.domain.CapacityReport r, BigDecimal plannedQuantity, String plannedUnit) {
            return new RecordedCapacityReport(r.reportedOn, r.reachedQuantity, r.unit,
                    r.shareOf(plannedQuantity, plannedUnit), r.note, r.recordedAt, r.recordedBy);
        }
    }

    /** The planned (design) capacity a series of reports is measured against. */
    @Schema(name = "PlannedCapacity", description = "The planned (design) capacity the reports are measured against",
            example = """
            {"quantity": 150000000, "unit": "台/年"}""")
    public record PlannedCapacity(@Schema(description = "The planned quantity") BigDecimal quantity,
                                  @Schema(description = "The unit", example = "台/年") String unit) {
    }

    /** A project's capacity reports, oldest first, beside its planned capacity. */
    @Schema(name = "CapacitySeries", description = "A project's capacity reports, oldest first, beside its planned capacity",
            example = """
            {"projectId": "0b7c3c1e-6f0e-4a53-9b1e-3d7f1c2a9e10", "planned": {"quantity": 150000000, "unit": "台/年"},
             "reports": [{"date": "2019-09-24", "quantity": 40000000, "unit": "台/年", "sharePercent": 26.7,
                          "recordedAt": "2019-09-25T01:30:00Z", "recordedBy": "officer-li"}]}""")
    public record CapacitySeries(
            @Schema(required = true, description = "The project's id", format = "uuid") UUID projectId,
            @Schema(description = "The planned capacity; null when the project has none") PlannedCapacity planned,
            @Schema(required = true, description = "The reports, oldest date first; the last one is the project's "
                    + "capacity.reachedQuantity") List<RecordedCapacityReport> reports) {
        public static CapacitySeries of(UUID projectId, BigDecimal plannedQuantity, String plannedUnit,
                                        List<io.parksuite.project.domain.CapacityReport> reports) {
            PlannedCapacity planned = plannedQuantity == null && plannedUnit == null ? null
                    : new PlannedCapacity(plannedQuantity, plannedUnit);
            return new CapacitySeries(projectId, planned,
                    reports.stream().map(r -> RecordedCapacityReport.of(r, plannedQuantity, plannedUnit)).toList());
        }
    }
}
