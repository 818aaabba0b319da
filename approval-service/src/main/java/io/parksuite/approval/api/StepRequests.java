package io.parksuite.approval.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The request bodies of a case's steps after intake: 容缺受理, 不予受理, 补正, a department's decision,
 * 特别程序, 送达, 好差评, form corrections and visits in person.
 */
public final class StepRequests {

    private StepRequests() {
    }

    /** 容缺受理: which secondary materials are missing, the signed commitment, and the due date. */
    @Schema(name = "DeficiencyAcceptance", description = "容缺受理: the secondary materials still missing, the applicant's "
            + "signed commitment to supply them, and by when", requiredProperties = {"missingMaterials", "commitment",
            "dueOn"}, example = """
            {"missingMaterials":["lease-contract"],"commitment":"本企业承诺于期限内补齐租赁合同原件","dueOn":"2026-12-02"}""")
    public record DeficiencyRequest(
            @Schema(description = "Codes of the missing materials: secondary ones the item marks 容缺-eligible",
                    minItems = 1, examples = "[\"lease-contract\"]")
            @Size(max = 100) List<String> missingMaterials,
            @Schema(description = "The applicant's signed commitment", minLength = 1,
                    examples = "本企业承诺于期限内补齐租赁合同原件")
            @Size(max = 1000) String commitment,
            @Schema(description = "By when the materials are due: after today, no later than the promised deadline")
            LocalDate dueOn) {
    }

    /** 不予受理 with its reason. */
    @Schema(name = "Refusal", description = "不予受理: the reason, which goes into the written notice")
    public record RefusalRequest(
            @Schema(description = "Why the application is not accepted",
                    examples = "申请事项不属于本机关职权范围，请向长沙市望城区住房和城乡建设局申请")
            @NotBlank @Size(max = 1000) String reason) {
    }

    /** 补正: everything to supplement, at once. */
    @Schema(name = "SupplementRequest", description = "补正: everything the applicant must supplement, listed at once "
            + "(一次性告知)")
    public record SupplementRequest(
            @Schema(description = "Each thing to supplement", examples = "[\"营业执照复印件加盖公章\",\"法定代表人身份证明\"]")
            @NotNull @Size(min = 1, max = 100) List<@NotBlank String> items,
            @Schema(description = "A note for the applicant", examples = "请于5个工作日内补齐上述材料")
            @Size(max = 1000) String note) {
    }

    /** A department's decision on its task. */
    @Schema(name = "TaskDecision", description = "A department's decision on its task", example = """
            {"decision":"APPROVED","opinion":"材料齐全，符合条件"}""")
    public record DecisionRequest(
            @Schema(description = "The decision", ref = "Decision", examples = "APPROVED")
            @NotBlank String decision,
            @Schema(description = "The department's opinion", examples = "材料齐全，符合条件")
            @Size(max = 1000) String opinion) {
    }

    /** 特别程序: HEARING, TESTING, EXPERT_REVIEW or ON_SITE_INSPECTION. */
    @Schema(name = "SpecialProcedure", description = "特别程序: a hearing, testing, expert review or on-site inspection "
            + "that pauses the clocks")
    public record SpecialProcedureRequest(
            @Schema(description = "Which procedure", ref = "SpecialProcedureKind",
                    examples = "EXPERT_REVIEW") @NotBlank String kind,
            @Schema(description = "Why, for the written notice", examples = "环境影响需组织专家评审")
            @NotBlank @Size(max = 500) String reason) {
    }

    /** 送达: ONLINE, POST or COUNTER. */
    @Schema(name = "Delivery", description = "送达: how the decision reaches the applicant")
    public record DeliveryRequest(
            @Schema(description = "How; ONLINE when absent. COUNTER counts as a visit",
                    ref = "DeliveryMethod", defaultValue = "ONLINE", examples = "POST")
            String method) {
    }

    /** 好差评: 1 to 5. */
    @Schema(name = "RatingRequest", description = "好差评: the applicant's rating of the service")
    public record RatingRequest(
            @Schema(description = "1 (非常不满意) to 5 (非常满意); 2 or less opens a rectification task", examples = "5")
            @NotNull @Min(1) @Max(5) Integer score,
            @Schema(description = "A comment", examples = "窗口服务热情，一次办结") @Size(max = 1000) String comment) {
    }

    /** Form fields to fill in or correct. */
    @Schema(name = "FormUpdate", description = "Form fields to fill in or correct, merged over the current ones",
            example = """
            {"formData":{"contactPhone":"0731-88000000","address":"长沙市望城区示例路1号"}}""")
    public record FormUpdate(
            @Schema(description = "The fields by key; at least one", minProperties = 1)
            @Size(max = 500) Map<String, Object> formData) {
    }

    /** A visit in person. */
    @Schema(name = "Visit", description = "A visit in person, counted for 最多跑一次")
    public record VisitRequest(
            @Schema(description = "Why the applicant came", examples = "领取营业执照") @Size(max = 200) String purpose) {
    }
}
