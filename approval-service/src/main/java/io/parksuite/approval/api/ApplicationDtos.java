package io.parksuite.approval.api;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.Channel;
import io.parksuite.approval.domain.Deficiency;
import io.parksuite.approval.domain.Lifecycle;
import io.parksuite.approval.domain.PausePeriod;
import io.parksuite.approval.domain.Step;
import io.parksuite.approval.domain.StepRecord;
import io.parksuite.approval.domain.StoredMaterial;
import io.parksuite.approval.service.ApplicationView;
import io.parksuite.approval.service.NewApplication;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The request and response records of the application (办件) API. */
public final class ApplicationDtos {

    private ApplicationDtos() {
    }

    /** A new application for one item or one bundle; {@code submit=true} hands it in at once. */
    @Schema(name = "ApplicationRequest", example = """
            {"bundleCode":"company-startup","applicantUscc":"91430112MA4L0001X3","applicantName":"长沙望城示例科技有限公司",
             "channel":"ONLINE","formData":{"enterpriseName":"长沙望城示例科技有限公司","registeredCapitalYuan":"5000000"},
             "notifyCommitment":false,"buildFirst":false,"submit":false}""")
    public record ApplicationRequest(@Size(max = 40) String itemCode, @Size(max = 40) String bundleCode,
                                     @Size(min = 18, max = 18) String applicantUscc, @Size(max = 32) String applicantPersonId,
                                     @Size(max = 200) String applicantName, UUID projectId, Channel channel,
                                     @Size(max = 500) Map<String, Object> formData, boolean notifyCommitment,
                                     boolean buildFirst, boolean submit) {
        public NewApplication toNew(String uscc, Channel defaultChannel) {
            return new NewApplication(itemCode, bundleCode, uscc, applicantPersonId, applicantName, projectId,
                    channel == null ? defaultChannel : channel, formData, notifyCommitment, buildFirst, submit);
        }
    }

    /** A department's task. */
    @Schema(name = "ApplicationTask")
    public record TaskResponse(UUID id, UUID applicationId, String department, List<String> itemCodes, String status,
                               int promisedLimitDays, LocalDate promisedDeadline, Integer statutoryLimitDays,
                               LocalDate statutoryDeadline, String decidedBy, OffsetDateTime decidedAt, String opinion) {
        public static TaskResponse of(ApplicationTask t) {
            return new TaskResponse(t.id, t.applicationId, t.department, t.itemCodes, t.status.name(), t.promisedLimitDays,
                    t.promisedDeadline, t.statutoryLimitDays, t.statutoryDeadline, t.decidedBy, t.decidedAt, t.opinion);
        }
    }

    /** An application with its clock, its tasks and the steps its status allows next. */
    @Schema(name = "Application")
    public record ApplicationResponse(UUID id, String referenceNumber, String itemCode, String bundleCode,
                                      String applicantUscc, String applicantPersonId, UUID applicantRef, String applicantName,
                                      UUID projectId, Channel channel, String status, Set<Step> allowedSteps, Map<String, Object> formData,
                                      boolean notifyCommitment, boolean buildFirst, OffsetDateTime submittedAt,
                                      LocalDate intakeDate, String acceptance, LocalDate acceptedOn, int promisedLimitDays,
                                      LocalDate promisedDeadline, Integer statutoryLimitDays, LocalDate statutoryDeadline,
                                      Deficiency deficiency, boolean supplementRequested, List<String> supplementItems,
                                      LocalDate supplementDueOn, List<PausePeriod> pauses, String result,
                                      OffsetDateTime concludedAt, Integer workingDaysUsed, LocalDate deliveryDeadline,
                                      OffsetDateTime deliveredAt, Set<String> breachedClocks, int visits,
                                      boolean moreThanOneVisit, boolean rated, List<TaskResponse> tasks, long version) {
        public static ApplicationResponse of(ApplicationView view) {
            return of(view.application(), view.tasks());
        }

        public static ApplicationResponse of(Application a, List<ApplicationTask> tasks) {
            return new ApplicationResponse(a.id, a.referenceNumber, a.itemCode, a.bundleCode, a.applicantUscc,
                    a.applicantPersonId, a.applicantRef, a.applicantName, a.projectId, a.channel, a.status.name(),
                    Lifecycle.allowed(a.status), a.formData, a.notifyCommitment, a.buildFirst, a.submittedAt, a.intakeDate,
                    a.acceptance == null ? null : a.acceptance.name(), a.acceptedOn, a.promisedLimitDays,
                    a.promisedDeadline, a.statutoryLimitDays, a.statutoryDeadline, a.deficiency, a.supplementRequested,
                    a.supplementItems, a.supplementDueOn, a.pauses, a.result, a.concludedAt, a.workingDaysUsed,
                    a.deliveryDeadline, a.deliveredAt, breachedClocks(a), a.visits,
                    a.visits > 1, a.rated, tasks.stream().map(TaskResponse::of).toList(), a.version);
        }

        private static Set<String> breachedClocks(Application a) {
            Set<String> clocks = new java.util.TreeSet<>();
            if (a.breachedAt != null) {
                clocks.add("PROMISED");
            }
            if (a.statutoryBreachedAt != null) {
                clocks.add("STATUTORY");
            }
            if (a.deliveryBreachedAt != null) {
                clocks.add("DELIVERY");
            }
            return clocks;
        }
    }

    /** One step of the application's record, with its notice. */
    @Schema(name = "ApplicationStep")
    public record StepResponse(String step, String fromStatus, String toStatus, String actor, OffsetDateTime at,
                               String noticeTitle, String noticeText, String detail) {
        public static StepResponse of(StepRecord r) {
            return new StepResponse(r.step.name(), r.fromStatus == null ? null : r.fromStatus.name(), r.toStatus.name(),
                    r.actor, r.at, r.noticeTitle, r.noticeText, r.detail);
        }
    }

    /** A stored material file's description (the content is downloaded separately). */
    @Schema(name = "Material")
    public record MaterialResponse(UUID id, String code, String fileName, String contentType, long sizeBytes,
                                   String sha256, String purpose, String uploadedBy, OffsetDateTime uploadedAt) {
        public static MaterialResponse of(StoredMaterial m) {
            return new MaterialResponse(m.id, m.materialCode, m.fileName, m.contentType, m.sizeBytes, m.sha256,
                    m.purpose, m.uploadedBy, m.uploadedAt);
        }
    }

    /** 容缺受理: which secondary materials are missing, the signed commitment, and the due date. */
    @Schema(name = "DeficiencyAcceptance", example = """
            {"missingMaterials":["lease-contract"],"commitment":"本企业承诺于期限内补齐租赁合同原件","dueOn":"2026-12-02"}""")
    public record DeficiencyRequest(@Size(max = 100) List<String> missingMaterials, @Size(max = 1000) String commitment,
                                    LocalDate dueOn) {
    }

    /** 不予受理 with its reason. */
    @Schema(name = "Refusal")
    public record RefusalRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** 补正: everything to supplement, at once. */
    @Schema(name = "SupplementRequest")
    public record SupplementRequest(@NotNull @Size(min = 1, max = 100) List<@NotBlank String> items, @Size(max = 1000) String note) {
    }

    /** A department's decision on its task. */
    @Schema(name = "TaskDecision", example = """
            {"decision":"APPROVED","opinion":"材料齐全，符合条件"}""")
    public record DecisionRequest(@NotBlank String decision, @Size(max = 1000) String opinion) {
    }

    /** 特别程序: HEARING, TESTING, EXPERT_REVIEW or ON_SITE_INSPECTION. */
    @Schema(name = "SpecialProcedure")
    public record SpecialProcedureRequest(@NotBlank String kind, @NotBlank @Size(max = 500) String reason) {
    }

    /** 送达: ONLINE, POST or COUNTER. */
    @Schema(name = "Delivery")
    public record DeliveryRequest(String method) {
    }

    /** 好差评: 1 to 5. */
    @Schema(name = "RatingRequest")
    public record RatingRequest(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 1000) String comment) {
    }

    /** Form fields to fill in or correct. */
    @Schema(name = "FormUpdate", example = """
            {"formData":{"contactPhone":"0731-88000000","address":"长沙市望城区示例路1号"}}""")
    public record FormUpdate(@Size(max = 500) Map<String, Object> formData) {
    }

    /** A visit in person. */
    @Schema(name = "Visit")
    public record VisitRequest(@Size(max = 200) String purpose) {
    }
}
