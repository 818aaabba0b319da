package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.domain.FollowUpStatus;
import io.parksuite.approval.service.HistoricalCaseDetails;
import io.parksuite.approval.service.HistoryImport;
import io.parksuite.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 历史办件导入: the service centre brings in dated cases concluded before the desk existed, so that their
 * case-timeline events give project-service the lead times of older projects.
 */
@Path("/api/v1/approval/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "Import of dated historical cases (历史办件) as concluded applications")
public class HistoryResource {

    private final HistoryImport history;

    public HistoryResource(HistoryImport history) {
        this.history = history;
    }

    /** A department's decision in a historical case. */
    @Schema(name = "HistoricalDecision", description = "One department's decision in a historical case")
    public record HistoricalDecision(
            @Schema(description = "The department code; one decision per department of the item or bundle",
                    examples = "market-regulation", required = true) String department,
            @Schema(description = "APPROVED or DENIED", ref = "Decision", examples = "APPROVED", required = true)
            String decision,
            @Schema(description = "When it decided, between acceptedAt and concludedAt", required = true)
            OffsetDateTime decidedAt) {
    }

    /** One historical case. */
    @Schema(name = "HistoricalCase", description = "A dated case concluded before the desk existed")
    public record Case(
            @Schema(description = "Its reference number (办件编号), 1 to 32 letters, digits or hyphens; the import is "
                    + "idempotent on it", examples = "LS2021-000123", required = true) String referenceNumber,
            @Schema(description = "The service item, or else", examples = "SCJG-001") String itemCode,
            @Schema(description = "the bundle (exactly one of them)", examples = "industrial-construction")
            String bundleCode,
            @Schema(description = "The applying enterprise's USCC", pattern = ApplicationDtos.USCC_PATTERN,
                    examples = ApplicationDtos.USCC_EXAMPLE, required = true) String applicantUscc,
            @Schema(description = "The applicant's name; the USCC when absent", examples = "长沙某某科技有限公司")
            String applicantName,
            @Schema(description = "The investment project it served") UUID projectId,
            @Schema(description = "When the application was prepared", required = true) OffsetDateTime createdAt,
            @Schema(description = "When it was handed in (接件)", required = true) OffsetDateTime submittedAt,
            @Schema(description = "When it was accepted (受理)", required = true) OffsetDateTime acceptedAt,
            @Schema(description = "Each department's decision", required = true) List<HistoricalDecision> decisions,
            @Schema(description = "When the result was reached", required = true) OffsetDateTime concludedAt,
            @Schema(description = "approved (every department approved) or denied", ref = "ApplicationResult",
                    examples = "approved", required = true) String result,
            @Schema(description = "Instead of projectId: the name of the applicant's project as the desk knows it "
                    + "from project-service (422 while it is not known yet)", examples = "比亚迪电子智能手机生产基地项目")
            String projectName,
            @Schema(description = "The 告知承诺 post-checks and 先建后验 verifications that followed it, at most 20")
            List<HistoricalFollowUp> followUps) {
        HistoryImport.HistoricalCase toCase() {
            return new HistoryImport.HistoricalCase(referenceNumber, itemCode, bundleCode, applicantUscc, applicantName,
                    projectId, createdAt, submittedAt, acceptedAt, decisions == null ? null : decisions.stream()
                    .map(d -> d == null ? null : new HistoryImport.DepartmentDecision(d.department(), d.decision(),
                            d.decidedAt())).toList(), concludedAt, result, projectName,
                    followUps == null ? null : followUps.stream().map(f -> f == null ? null
                            : new HistoricalCaseDetails.HistoricalFollowUp(f.kind(), f.itemCode(), f.dueOn(), f.status(),
                            f.concludedAt(), f.reason())).toList());
        }
    }

    /** A follow-up of a historical case. */
    @Schema(name = "HistoricalFollowUp", description = "A 告知承诺 post-check or 先建后验 verification of a historical case")
    public record HistoricalFollowUp(
            @Schema(description = "POST_CHECK or VERIFICATION", required = true) FollowUpKind kind,
            @Schema(description = "The item it checks, one of the case's", examples = "ZJ-001", required = true)
            String itemCode,
            @Schema(description = "Its deadline", required = true) LocalDate dueOn,
            @Schema(description = "OPEN, PASSED, WAIVED or REVOKED", required = true) FollowUpStatus status,
            @Schema(description = "When it concluded; absent while OPEN") OffsetDateTime concludedAt,
            @Schema(description = "Why it was waived or revoked", examples = "消防验收合格前停止使用") String reason) {
    }

    /** Where each case was stored. */
    @Schema(name = "HistoricalCaseImported", description = "Where a historical case is stored")
    public record Imported(
            @Schema(description = "Its reference number", required = true) String referenceNumber,
            @Schema(description = "The concluded (archived) application holding it", required = true) UUID applicationId,
            @Schema(description = "True when this import stored it; false when an earlier import had", required = true)
            boolean created) {
    }

    @POST
    @Path("/history")
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(operationId = "importHistoricalCases", summary = "Import dated historical cases (历史办件)",
            description = "A JSON array of 1 to 500 cases, checked first and stored all or nothing (422 naming "
                    + "[n].field): exactly one of itemCode and bundleCode from the catalogue, the applicant's USCC, "
                    + "createdAt ≤ submittedAt ≤ acceptedAt ≤ concludedAt between 2010 and today, one decision per "
                    + "department between acceptance and conclusion, and a result that follows them. Each case becomes "
                    + "an ARCHIVED application with its decided tasks and publishes parksuite.approval.case-timeline.v1; "
                    + "a reference number imported before is left as it is (created false), one the desk uses for a "
                    + "case of its own is 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                    implementation = Case.class, maxItems = HistoryImport.MAX_CASES, minItems = 1)))
    @APIResponse(responseCode = "200", description = "Each case, in the order sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                    implementation = Imported.class)))
    @APIResponse(responseCode = "409", description = "A reference number belongs to a case of the desk's own",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Some case is invalid; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Imported> importCases(@NotNull List<Case> cases) {
        if (cases.size() > HistoryImport.MAX_CASES) {
            throw io.parksuite.platform.problem.ProblemException.invalidField("cases",
                    "send 1 to " + HistoryImport.MAX_CASES + " cases");
        }
        return history.importAll(cases.stream().map(c -> c == null ? null : c.toCase()).toList()).stream()
                .map(o -> new Imported(o.referenceNumber(), o.applicationId(), o.created())).toList();
    }
}
