package io.parksuite.project.api;

import io.parksuite.project.domain.ApprovalResult;
import io.parksuite.project.domain.ProjectStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * One project of a bulk import with the history it already has: the project as entered (its
 * stage and stageDate the first milestone), the later stage changes in order, trial production and
 * the start-up approval's result when known, and the capacity reports of a project in production. The history is
 * replayed through the stage machine's rules, the reports through those of a live capacity report.
 */
@Schema(name = "ProjectImportRow", description = "One project of a bulk import with the history it already has, "
        + "replayed through the stage machine's rules", example = """
        {"project": {"name": "比亚迪智能手机生产基地", "investor": {"uscc": "91430112MA4D00008J", "name": "长沙比亚迪电子有限公司",
                     "type": "FORTUNE_500"}, "plannedInvestmentYuan": 5000000000, "buildBeforeApproval": true,
                     "stage": "SIGNED", "stageDate": "2019-07-01"},
         "history": [{"to": "CONSTRUCTION", "date": "2019-07-08", "skipReason": "先建后验，审批与建设并联"},
                     {"to": "PRODUCTION", "date": "2019-09-09"}],
         "trialProductionOn": "2019-08-23",
         "capacityReports": [{"date": "2019-09-24", "quantity": 40000000, "unit": "台/年"}]}""")
public record ProjectImportRow(
        @Schema(description = "The project as entered: its stage and stageDate are the first milestone")
        @NotNull @Valid ProjectRequest project,
        @Schema(description = "The later stage changes, in order")
        @Size(max = 20) List<@NotNull @Valid Step> history,
        @Schema(description = "The day trial production (试生产) began, when it did")
        LocalDate trialProductionOn,
        @Schema(description = "The start-up approval's result, when known")
        @Valid Approval startupApproval,
        @Schema(description = "Capacity reached as of dates, for a project in production once its history is replayed; "
                + "as POST /api/v1/projects/{id}/capacity-reports takes them")
        @Size(max = 200) List<ProgressDtos.@NotNull @Valid CapacityReportRequest> capacityReports) {

    /** A stage change already made. */
    @Schema(name = "ProjectImportStep", description = "A stage change already made")
    public record Step(@Schema(description = "The stage reached") @NotNull ProjectStage to,
                       @Schema(description = "The day it was reached") @NotNull LocalDate date,
                       @Schema(description = "A note for the record") @Size(max = 500) String note,
                       @Schema(description = "Required when the change skipped stages of the main line")
                       @Size(max = 500) String skipReason) {
    }

    /** The start-up approval's known result. */
    @Schema(name = "ProjectImportApproval", description = "The start-up approval's known result")
    public record Approval(@Schema(description = "The application's id at the approval desk")
                           @Size(max = 64) String applicationId,
                           @Schema(description = "The outcome") @NotNull ApprovalResult result,
                           @Schema(description = "The day it was concluded") @NotNull LocalDate concludedOn) {
    }
}
