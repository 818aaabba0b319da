package io.parksuite.project.service;

import io.parksuite.project.domain.ProjectStage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** What {@link PipelineFigures} answers: the board, the cohort KPIs and the overdue starts. */
public final class PipelineViews {

    private static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private PipelineViews() {
    }

    /** Projects and amounts in one stage. */
    @Schema(name = "PipelineStage", description = "Projects and amounts in one stage")
    public record StageCount(@Schema(description = "The stage") ProjectStage stage,
                             @Schema(description = "The stage's Chinese name", example = "签约") String label,
                             @Schema(description = "Projects in the stage") long projects,
                             @Schema(description = "Their planned investment, yuan") BigDecimal plannedInvestmentYuan,
                             @Schema(description = "Their completed investment, yuan") BigDecimal completedInvestmentYuan) {
    }

    /** The board: every stage (zeros included), in pipeline order, and the totals. */
    @Schema(name = "PipelineBoard", description = "Every stage (zeros included) in pipeline order, and the totals")
    public record Board(@Schema(description = "One entry per stage, in pipeline order") List<StageCount> stages,
                        @Schema(description = "Projects in all stages") long projects,
                        @Schema(description = "Their planned investment, yuan") BigDecimal plannedInvestmentYuan) {
    }

    /** KPIs of one group of the cohort; rates are fractions 0–1, null when the cohort is empty. */
    @Schema(name = "Kpi", description = "KPIs of one group of the cohort; rates are fractions 0 to 1, null when the "
            + "cohort is empty")
    public record Kpi(@Schema(description = "The chain code or officer; null for the total") String group,
                      @Schema(description = "Projects signed in the period by asOf (the cohort)") long signed,
                      @Schema(description = "Of them, started (开工) by asOf") long started,
                      @Schema(description = "Of them, started by asOf and within the start window") long startedInWindow,
                      @Schema(description = "Of them, in production (投产 or 达产) by asOf") long inProduction,
                      @Schema(description = "The cohort's planned investment, yuan") BigDecimal plannedInvestmentYuan,
                      @Schema(description = "The cohort's funds arrived (到位资金) by asOf, yuan")
                      BigDecimal fundsArrivedYuan,
                      @Schema(description = "履约率: started / signed") BigDecimal performanceRate,
                      @Schema(description = "开工率: started within the start window / signed") BigDecimal startRate,
                      @Schema(description = "投产率: in production / signed") BigDecimal productionRate,
                      @Schema(description = "资金到位率: funds arrived / planned") BigDecimal fundsArrivalRate,
                      @Schema(description = "Average days from signing to production of those in production by asOf; "
                              + "null when none is")
                      BigDecimal averageSigningToProductionDays,
                      @Schema(description = "Completed investment in the period's months of the FAI-eligible projects, "
                              + "yuan (not cut at asOf)")
                      BigDecimal faiCompletedYuan) {
    }

    /** KPIs for a period as of a day: the total and, when grouped, one row per chain or officer. */
    @Schema(name = "PipelineKpis", description = "KPIs of the cohort signed in a period, as of a day: the total and, "
            + "when grouped, one row per chain or officer")
    public record Kpis(@Schema(description = "First month, YYYY-MM", implementation = String.class,
                               pattern = MONTH_PATTERN, example = "2019-01") YearMonth from,
                       @Schema(description = "Last month, YYYY-MM", implementation = String.class,
                               pattern = MONTH_PATTERN, example = "2019-12") YearMonth to,
                       @Schema(description = "The day the figures stand as of, at its end: the asOf asked for, or "
                               + "today (Asia/Shanghai) when none was", example = "2019-09-30") LocalDate asOf,
                       @Schema(description = "The grouping of the rows") PipelineFigures.GroupBy groupBy,
                       @Schema(description = "Days a signed project has to start construction") int startWindowDays,
                       @Schema(description = "The whole cohort") Kpi total,
                       @Schema(description = "One row per chain or officer; empty when not grouped") List<Kpi> groups) {
    }

    /** A signed project that has not started construction within the window. */
    @Schema(name = "OverdueStart", description = "A signed project that has not started construction within the window")
    public record OverdueStart(@Schema(description = "The project's id") UUID id,
                               @Schema(description = "The project's name", example = "杉杉能源锂电正极材料项目") String name,
                               @Schema(description = "Responsible officer", example = "李明") String officer,
                               @Schema(description = "Industry chain code") String chainCode,
                               @Schema(description = "The current stage") ProjectStage stage,
                               @Schema(description = "The day it was signed") LocalDate signedOn,
                               @Schema(description = "The day construction was due to start") LocalDate dueOn,
                               @Schema(description = "Days since signing, as of asOf") long daysSinceSigning) {
    }
}
