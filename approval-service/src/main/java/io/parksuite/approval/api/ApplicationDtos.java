package io.parksuite.approval.api;

import io.parksuite.approval.domain.Acceptance;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.Channel;
import io.parksuite.approval.domain.DeadlineClock;
import io.parksuite.approval.domain.Deficiency;
import io.parksuite.approval.domain.Lifecycle;
import io.parksuite.approval.domain.PausePeriod;
import io.parksuite.approval.domain.Step;
import io.parksuite.approval.domain.StepRecord;
import io.parksuite.approval.domain.StoredMaterial;
import io.parksuite.approval.domain.TaskStatus;
import io.parksuite.approval.service.ApplicationView;
import io.parksuite.approval.service.NewApplication;
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

    /** The USCC as the desk checks it: 18 characters of the GB 32100 alphabet (the check character is checked too). */
    static final String USCC_PATTERN = "^[0-9A-HJ-NPQRTUWXY]{18}$";
    static final String USCC_EXAMPLE = "91430112MA4L00000U";
    static final String REFERENCE_EXAMPLE = "BJ202612030000042";

    private ApplicationDtos() {
    }

    /** A new application for one item or one bundle; {@code submit=true} hands it in at once. */
    @Schema(name = "ApplicationRequest", description = "A new application for one service item (itemCode) or one bundle "
            + "(bundleCode); submit=true hands it in at once", example = """
            {"bundleCode":"company-startup","applicantUscc":"91430112MA4L00000U","applicantName":"长沙望城经开区某某科技有限公司",
             "channel":"ONLINE","formData":{"enterpriseName":"长沙望城经开区某某科技有限公司","registeredCapitalYuan":"5000000"},
             "notifyCommitment":false,"buildFirst":false,"submit":false}""")
    public record ApplicationRequest(
            @Schema(description = "The service item applied for; give itemCode or bundleCode", examples = "SCJG-001")
            @Size(max = 40) String itemCode,
            @Schema(description = "The bundle (一件事) applied for; give itemCode or bundleCode",
                    examples = "company-startup")
            @Size(max = 40) String bundleCode,
            @Schema(description = "The applying enterprise's unified social credit code (with a valid check character); "
                    + "an enterprise user's own is taken from its token", pattern = USCC_PATTERN,
                    examples = USCC_EXAMPLE)
            @Size(min = 18, max = 18) String applicantUscc,
            @Schema(description = "A natural person applicant's id, when there is no USCC", examples = "p-20261203-0042")
            @Size(max = 32) String applicantPersonId,
            @Schema(description = "The applicant's name; required unless the desk already knows the enterprise",
                    examples = "长沙望城经开区某某科技有限公司")
            @Size(max = 200) String applicantName,
            @Schema(description = "The investment project applied for; the applicant must be its investor") UUID projectId,
            @Schema(description = "How it is handed in; by default ONLINE for an enterprise user or a government "
                    + "system, COUNTER for the desk") Channel channel,
            @Schema(description = "The form's fields by key (see the item's or bundle's form); fields the desk knows "
                    + "about the enterprise are filled in") @Size(max = 500) Map<String, Object> formData,
            @Schema(description = "Apply under 告知承诺 (approval on a signed commitment, checked afterwards); only for "
                    + "items that allow it") boolean notifyCommitment,
            @Schema(description = "Apply under 先建后验 (build first, verify afterwards); only for items that allow it")
            boolean buildFirst,
            @Schema(description = "Hand it in at once (every main material must then be on file)") boolean submit) {
        public NewApplication toNew(String uscc, Channel defaultChannel) {
            return new NewApplication(itemCode, bundleCode, uscc, applicantPersonId, applicantName, projectId,
                    channel == null ? defaultChannel : channel, formData, notifyCommitment, buildFirst, submit);
        }
    }

    /** A department's task. */
    @Schema(name = "ApplicationTask", description = "A department's part of an application, decided in parallel with "
            + "the others, with its promised and statutory deadlines")
    public record ApplicationTask(
            @Schema(description = "The task's id", required = true) UUID id,
            @Schema(description = "The application it belongs to", required = true) UUID applicationId,
            @Schema(description = "The deciding department's code", examples = "market-regulation", required = true)
            String department,
            @Schema(description = "The department's service items in this application", examples = "[\"SCJG-001\"]",
                    required = true) List<String> itemCodes,
            @Schema(description = "PENDING until the department decides", required = true) TaskStatus status,
            @Schema(description = "Promised limit (承诺时限) in working days", minimum = "0", examples = "1",
                    required = true) int promisedLimitDays,
            @Schema(description = "The promised deadline, moved by any special-procedure pause", required = true)
            LocalDate promisedDeadline,
            @Schema(description = "Statutory limit (法定时限) in working days; null when no statutory limit applies",
                    minimum = "1", examples = "20") Integer statutoryLimitDays,
            @Schema(description = "The statutory deadline, moved by any special-procedure pause")
            LocalDate statutoryDeadline,
            @Schema(description = "Who decided (subject@department)", examples = "officer-li@market-regulation")
            String decidedBy,
            @Schema(description = "When it was decided") OffsetDateTime decidedAt,
            @Schema(description = "The department's opinion", examples = "材料齐全，符合条件") String opinion,
            @Schema(description = "Each item's own statutory clock; the task's statutory deadline is the latest")
            List<ItemClock> itemClocks) {
        public static ApplicationTask of(io.parksuite.approval.domain.ApplicationTask t) {
            return new ApplicationTask(t.id, t.applicationId, t.department, t.itemCodes, t.status, t.promisedLimitDays,
                    t.promisedDeadline, t.statutoryLimitDays, t.statutoryDeadline, t.decidedBy, t.decidedAt, t.opinion,
                    t.itemClocks.stream().map(ItemClock::of).toList());
        }
    }

    /** One item's statutory clock inside its department's task. */
    @Schema(name = "ItemClock", description = "One item's statutory clock (法定时限) inside its department's task, "
            + "reminded and breached on its own")
    public record ItemClock(
            @Schema(description = "The item", examples = "SCJG-001", required = true) String itemCode,
            @Schema(description = "Its statutory limit in working days", examples = "15", required = true)
            int statutoryLimitDays,
            @Schema(description = "The extension its law allows in working days (10 under 行政许可法 第42条); 0 where the "
                    + "item's own law sets the limit", examples = "10", required = true) int extensionAllowedDays,
            @Schema(description = "Its deadline, moved by pauses and by an extension granted") LocalDate statutoryDeadline,
            @Schema(description = "The extension granted (延期), its approver and reason; null if none")
            Extension extension) {
        static ItemClock of(io.parksuite.approval.domain.ItemClock c) {
            return new ItemClock(c.itemCode(), c.statutoryLimitDays(), c.extensionDays(), c.statutoryDeadline(),
                    Extension.of(c.extension()));
        }
    }

    /** An extension granted. */
    @Schema(name = "ItemClockExtension", description = "An extension of an item's statutory limit (延期)")
    public record Extension(
            @Schema(description = "Working days added", examples = "10", required = true) int days,
            @Schema(description = "The head of the department who approved it", examples = "王局长", required = true)
            String approvedBy,
            @Schema(description = "The reason told to the applicant", examples = "需现场核查经营场所", required = true)
            String reason,
            @Schema(description = "When it was granted", required = true) LocalDate grantedOn) {

        static Extension of(io.parksuite.approval.domain.ItemClock.Extension e) {
            return e == null ? null : new Extension(e.days(), e.approvedBy(), e.reason(), e.grantedOn());
        }
    }

    /** An application with its clock, its tasks and the steps its status allows next. */
    @Schema(name = "Application", description = "An application (办件) with its clocks, its department tasks and the "
            + "steps its status allows next")
    public record Application(
            @Schema(description = "The application's id", required = true) UUID id,
            @Schema(description = "The reference number (办件编号) on every notice", examples = REFERENCE_EXAMPLE,
                    required = true) String referenceNumber,
            @Schema(description = "The service item applied for, if one", examples = "SCJG-001") String itemCode,
            @Schema(description = "The bundle applied for, if one", examples = "company-startup") String bundleCode,
            @Schema(description = "The applying enterprise's USCC", pattern = USCC_PATTERN, examples = USCC_EXAMPLE)
            String applicantUscc,
            @Schema(description = "A natural person applicant's id") String applicantPersonId,
            @Schema(description = "The desk's reference to the applicant, stable across USCC and person id")
            UUID applicantRef,
            @Schema(description = "The applicant's name", examples = "长沙望城经开区某某科技有限公司", required = true)
            String applicantName,
            @Schema(description = "The investment project, if any") UUID projectId,
            @Schema(description = "How it was handed in", required = true) Channel channel,
            @Schema(description = "Where the application stands", required = true) ApplicationStatus status,
            @Schema(description = "The steps its status allows next", required = true) Set<Step> allowedSteps,
            @Schema(description = "The form's fields by key", required = true) Map<String, Object> formData,
            @Schema(description = "Applied under 告知承诺", required = true) boolean notifyCommitment,
            @Schema(description = "Applied under 先建后验", required = true) boolean buildFirst,
            @Schema(description = "When it was handed in") OffsetDateTime submittedAt,
            @Schema(description = "The intake date (接件日期): the 5-working-day window for a 补正 notice starts here")
            LocalDate intakeDate,
            @Schema(description = "How it was accepted, once it was") Acceptance acceptance,
            @Schema(description = "The acceptance date: the clocks start here") LocalDate acceptedOn,
            @Schema(description = "Promised limit (承诺时限) in working days", minimum = "0", examples = "3",
                    required = true) int promisedLimitDays,
            @Schema(description = "The promised deadline (working days, pauses excluded)") LocalDate promisedDeadline,
            @Schema(description = "Statutory limit (法定时限) in working days; null when no statutory limit applies",
                    minimum = "1", examples = "20") Integer statutoryLimitDays,
            @Schema(description = "The statutory deadline (working days, pauses excluded)") LocalDate statutoryDeadline,
            @Schema(description = "For a bundle handled jointly: the 15-working-day extension of its 45-day clock approved "
                    + "by the people's government's responsible person (行政许可法 第42条第2款), its reason told to the "
                    + "applicant; null if none") Extension statutoryExtension,
            @Schema(description = "The 容缺受理 terms, when it was accepted with deficiency") Deficiency deficiency,
            @Schema(description = "Whether a 补正 was requested (at most once)", required = true)
            boolean supplementRequested,
            @Schema(description = "Everything the 补正 notice asked for", examples = "[\"营业执照复印件加盖公章\"]")
            List<String> supplementItems,
            @Schema(description = "By when the 补正 materials are due") LocalDate supplementDueOn,
            @Schema(description = "Special procedures (特别程序) that paused the clocks", required = true)
            List<Pause> pauses,
            @Schema(description = "The result once concluded", ref = "ApplicationResult",
                    examples = "approved") String result,
            @Schema(description = "When the result was reached") OffsetDateTime concludedAt,
            @Schema(description = "Working days from acceptance to conclusion, pauses excluded", minimum = "0",
                    examples = "2") Integer workingDaysUsed,
            @Schema(description = "By when the decision must be delivered (10 working days)") LocalDate deliveryDeadline,
            @Schema(description = "When the decision was delivered (送达)") OffsetDateTime deliveredAt,
            @Schema(description = "The clocks whose deadline passed before the step they wait for",
                    uniqueItems = true, required = true)
            Set<DeadlineClock> breachedClocks,
            @Schema(description = "Visits in person counted so far", minimum = "0", examples = "1", required = true)
            int visits,
            @Schema(description = "More than one visit: a 最多跑一次 exception", required = true) boolean moreThanOneVisit,
            @Schema(description = "Whether the applicant rated the service (好差评)", required = true) boolean rated,
            @Schema(description = "One task per department", required = true) List<ApplicationTask> tasks,
            @Schema(description = "The version, also sent as the ETag", examples = "3", required = true) long version,
            @Schema(description = "撤销: when the approval was revoked after a failed post-check or verification")
            OffsetDateTime revokedAt,
            @Schema(description = "Why the approval was revoked", examples = "消防验收不合格且逾期未整改")
            String revocationReason) {
        public static Application of(ApplicationView view) {
            return of(view.application(), view.tasks());
        }

        public static Application of(io.parksuite.approval.domain.Application a,
                                     List<io.parksuite.approval.domain.ApplicationTask> tasks) {
            return new Application(a.id, a.referenceNumber, a.itemCode, a.bundleCode, a.applicantUscc,
                    a.applicantPersonId, a.applicantRef, a.applicantName, a.projectId, a.channel, a.status,
                    Lifecycle.allowed(a.status), a.formData, a.notifyCommitment, a.buildFirst, a.submittedAt, a.intakeDate,
                    a.acceptance, a.acceptedOn, a.promisedLimitDays,
                    a.promisedDeadline, a.statutoryLimitDays, a.statutoryDeadline, Extension.of(a.statutoryExtension),
                    a.deficiency, a.supplementRequested,
                    a.supplementItems, a.supplementDueOn, a.pauses.stream().map(Pause::of).toList(), a.result,
                    a.concludedAt, a.workingDaysUsed,
                    a.deliveryDeadline, a.deliveredAt, breachedClocks(a), a.visits,
                    a.visits > 1, a.rated, tasks.stream().map(ApplicationTask::of).toList(), a.version, a.revokedAt,
                    a.revocationReason);
        }

        private static Set<DeadlineClock> breachedClocks(io.parksuite.approval.domain.Application a) {
            Set<DeadlineClock> clocks = new java.util.TreeSet<>(java.util.Comparator.comparing(DeadlineClock::name));
            if (a.breachedAt != null) {
                clocks.add(DeadlineClock.PROMISED);
            }
            if (a.statutoryBreachedAt != null) {
                clocks.add(DeadlineClock.STATUTORY);
            }
            if (a.deliveryBreachedAt != null) {
                clocks.add(DeadlineClock.DELIVERY);
            }
            return clocks;
        }
    }

    /** A special procedure that paused the clocks, as the application shows it. */
    @Schema(name = "PausePeriod", description = "A special procedure (特别程序) during which the clocks stood still")
    public record Pause(
            @Schema(description = "Which procedure", ref = "SpecialProcedureKind",
                    examples = "EXPERT_REVIEW", required = true) String kind,
            @Schema(description = "Why", examples = "环境影响需组织专家评审", required = true) String reason,
            @Schema(description = "The first day not counted", required = true) LocalDate firstDay,
            @Schema(description = "The last day not counted; null while the procedure runs") LocalDate lastDay) {
        static Pause of(PausePeriod p) {
            return new Pause(p.kind(), p.reason(), p.firstDay(), p.lastDay());
        }
    }

    /** One step of the application's record, with its notice. */
    @Schema(name = "ApplicationStep", description = "One step of the application's record, with the written notice "
            + "(文书) it produced")
    public record StepResponse(
            @Schema(description = "The step taken", required = true) Step step,
            @Schema(description = "The status before; null for the creation") ApplicationStatus fromStatus,
            @Schema(description = "The status after", required = true) ApplicationStatus toStatus,
            @Schema(description = "Who took it (subject@department, or system)", examples = "officer-li@service-centre",
                    required = true) String actor,
            @Schema(description = "When", required = true) OffsetDateTime at,
            @Schema(description = "The notice's title, if the step produced one", examples = "受理通知书")
            String noticeTitle,
            @Schema(description = "The notice's text") String noticeText,
            @Schema(description = "What the step recorded (a reason, a method, a decision)") String detail) {
        public static StepResponse of(StepRecord r) {
            return new StepResponse(r.step, r.fromStatus, r.toStatus,
                    r.actor, r.at, r.noticeTitle, r.noticeText, r.detail);
        }
    }

    /** A stored material file's description (the content is downloaded separately). */
    @Schema(name = "Material", description = "A stored material file (申请材料); the content is downloaded separately")
    public record MaterialResponse(
            @Schema(description = "The file's id", required = true) UUID id,
            @Schema(description = "The material's code in the form", examples = "lease-contract", required = true)
            String code,
            @Schema(description = "The original file name", examples = "租赁合同.pdf", required = true) String fileName,
            @Schema(description = "The file's type", ref = "MaterialContentType",
                    examples = "application/pdf", required = true) String contentType,
            @Schema(description = "Size in bytes", minimum = "1", examples = "204800", required = true) long sizeBytes,
            @Schema(description = "SHA-256 of the content, hex", pattern = "^[0-9a-f]{64}$",
                    examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", required = true)
            String sha256,
            @Schema(description = "Why it was uploaded: with the application, for a 补正, or for a 容缺 material",
                    ref = "MaterialPurpose", examples = "INITIAL", required = true) String purpose,
            @Schema(description = "Who uploaded it", examples = "91430112MA4L00000U", required = true) String uploadedBy,
            @Schema(description = "When", required = true) OffsetDateTime uploadedAt) {
        public static MaterialResponse of(StoredMaterial m) {
            return new MaterialResponse(m.id, m.materialCode, m.fileName, m.contentType, m.sizeBytes, m.sha256,
                    m.purpose, m.uploadedBy, m.uploadedAt);
        }
    }
}
