package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.service.FollowUpForecasts;
import io.parksuite.approval.service.OverdueForecasts;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** 超期预警: when each open department task and follow-up is predicted to be done, beside its deadline. */
@Path("/api/v1/approval")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Desk")
public class ForecastResource {

    private final OverdueForecasts forecasts;
    private final FollowUpForecasts followUpForecasts;

    public ForecastResource(OverdueForecasts forecasts, FollowUpForecasts followUpForecasts) {
        this.forecasts = forecasts;
        this.followUpForecasts = followUpForecasts;
    }

    /** The forecast of one open task. */
    @Schema(name = "TaskForecast", description = "An open department task's predicted completion (超期预警)")
    public record TaskForecast(
            @Schema(description = "The task", required = true) UUID taskId,
            @Schema(description = "Its application", required = true) UUID applicationId,
            @Schema(description = "办件编号", examples = "BJ202612030000042", required = true) String referenceNumber,
            @Schema(description = "The department", examples = "market-regulation", required = true) String department,
            @Schema(description = "The items the task decides", required = true) List<String> itemCodes,
            @Schema(description = "When the application was accepted; the clock's start") LocalDate acceptedOn,
            @Schema(description = "The promised deadline", required = true) LocalDate promisedDeadline,
            @Schema(description = "Working days run since acceptance", examples = "4", required = true) int elapsedDays,
            @Schema(description = "Predicted working days from acceptance to decision: the 0.6 quantile of the recent "
                    + "cases of its items that ran longer than this one has; null with fewer than 5 such cases",
                    examples = "12") Integer predictedDays,
            @Schema(description = "The predicted completion date; the promised deadline when there is no prediction",
                    required = true) LocalDate predictedCompletionOn,
            @Schema(description = "Recent decided cases of its best-known item the prediction could use (at most 50)",
                    examples = "37", required = true) int historyCases,
            @Schema(description = "Whether the prediction passes the promised deadline while it is still ahead: "
                    + "the department's inbox gets an early warning", required = true) boolean predictedBreach) {

        static TaskForecast of(OverdueForecasts.TaskForecast f) {
            return new TaskForecast(f.taskId(), f.applicationId(), f.referenceNumber(), f.department(), f.itemCodes(),
                    f.acceptedOn(), f.promisedDeadline(), f.elapsedDays(), f.predictedDays(), f.predictedCompletionOn(),
                    f.historyCases(), f.predictedBreach());
        }
    }

    /** The forecast of one open follow-up. */
    @Schema(name = "FollowUpForecast", description = "An open follow-up's predicted completion (超期预警)")
    public record FollowUpForecast(
            @Schema(description = "The follow-up", required = true) UUID followUpId,
            @Schema(description = "Its application", required = true) UUID applicationId,
            @Schema(description = "POST_CHECK (告知承诺核查), VERIFICATION (先建后验) or RECTIFICATION (差评整改)",
                    required = true) FollowUpKind kind,
            @Schema(description = "The department", examples = "housing-construction", required = true) String department,
            @Schema(description = "The item it checks, if any", examples = "ZJ-004") String itemCode,
            @Schema(description = "When it was opened", required = true) LocalDate openedOn,
            @Schema(description = "Its deadline", required = true) LocalDate dueOn,
            @Schema(description = "Working days run since it was opened", examples = "6", required = true) int elapsedDays,
            @Schema(description = "Predicted working days from opening to conclusion, from the recent concluded follow-ups "
                    + "of the same kind and item (or department) that ran longer than this one has; null with fewer "
                    + "than 5", examples = "18") Integer predictedDays,
            @Schema(description = "The predicted completion date; the deadline when there is no prediction",
                    required = true) LocalDate predictedCompletionOn,
            @Schema(description = "Recent concluded follow-ups of its kind and item the prediction could use (at most 50)",
                    examples = "12", required = true) int historyCases,
            @Schema(description = "Whether the prediction passes the deadline while it is still ahead: the department's "
                    + "inbox gets an early warning", required = true) boolean predictedBreach) {

        static FollowUpForecast of(FollowUpForecasts.FollowUpForecast f) {
            return new FollowUpForecast(f.followUpId(), f.applicationId(), f.kind(), f.department(), f.itemCode(),
                    f.openedOn(), f.dueOn(), f.elapsedDays(), f.predictedDays(), f.predictedCompletionOn(),
                    f.historyCases(), f.predictedBreach());
        }
    }

    @GET
    @Path("/task-forecasts")
    @RolesAllowed(ApprovalRoleSets.WORK_LIST_READERS)
    @Operation(operationId = "listTaskForecasts", summary = "Predicted completion of open department tasks",
            description = "An officer sees its department's open tasks only; the service centre may filter by department. "
                    + "Sorted by promised deadline.")
    @APIResponse(responseCode = "200", description = "One page of forecasts")
    public Page<TaskForecast> forecasts(@Valid @BeanParam PageRequest page,
                                        @Parameter(description = "Only this department's tasks (the service centre)",
                                                example = "market-regulation")
                                        @QueryParam("department") String department) {
        return forecasts.openTasks(department, page).map(TaskForecast::of);
    }

    @GET
    @Path("/follow-up-forecasts")
    @RolesAllowed(ApprovalRoleSets.WORK_LIST_READERS)
    @Operation(operationId = "listFollowUpForecasts", summary = "Predicted completion of open follow-ups",
            description = "An officer sees its department's open follow-ups only; the service centre may filter by "
                    + "department. Soonest due first.")
    @APIResponse(responseCode = "200", description = "One page of forecasts")
    public Page<FollowUpForecast> followUpForecasts(@Valid @BeanParam PageRequest page,
                                                    @Parameter(description = "Only this department's follow-ups (the "
                                                            + "service centre)", example = "housing-construction")
                                                    @QueryParam("department") String department) {
        return followUpForecasts.open(department, page).map(FollowUpForecast::of);
    }
}
