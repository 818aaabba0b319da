package io.parksuite.approval.api;

import io.parksuite.approval.domain.FormField;
import io.parksuite.approval.domain.HandlingDepth;
import io.parksuite.approval.domain.HandlingMode;
import io.parksuite.approval.domain.ItemKind;
import io.parksuite.approval.domain.ItemType;
import io.parksuite.approval.domain.MaterialSpec;
import io.parksuite.approval.service.ItemDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A service item (事项) as the catalogue shows it and as a service manager writes it. */
@Schema(name = "ServiceItem", description = "A government service item (事项): its department, statutory and promised "
        + "time limits in working days, materials and form", example = """
        {"code":"SCJG-001","name":"企业设立登记","department":"market-regulation","departmentName":"望城区市场监督管理局",
         "itemType":"ADMINISTRATIVE_LICENCE","itemKind":"APPLICATION_BASED","handlingMode":"PROMISED","statutoryLimitDays":15,
         "promisedLimitDays":1,"materials":[{"code":"business-licence-application","name":"公司登记（备案）申请书",
         "main":true,"deficiencyAllowed":false,"templateRef":"tpl/scjg-001-1.pdf"}],
         "formFields":[{"key":"enterpriseName","label":"企业名称","type":"text","required":true}],
         "feeYuan":0,"onlineCapable":true,"handlingDepth":"FULLY_ONLINE","notifyCommitEligible":false,"buildFirstEligible":false,"maxVisits":0,"version":0}""")
public record ServiceItem(
        @Schema(description = "The item's code, its key", examples = "SCJG-001")
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "letters, digits, . _ - only") String code,
        @Schema(description = "The item's name", examples = "企业设立登记") @NotBlank @Size(max = 200) String name,
        @Schema(description = "The implementing department's code", examples = "market-regulation")
        @NotBlank @Size(max = 64) String department,
        @Schema(description = "The implementing department's name (实施部门)", examples = "望城区市场监督管理局")
        @NotBlank @Size(max = 100) String departmentName,
        @Schema(description = "Which law governs the item") @NotNull ItemType itemType,
        @Schema(description = "Whether the item is 依申请 (APPLICATION_BASED, 依申请类政务服务事项: counted by the 网上可办, "
                + "全程网办 and 一次办 rates), 依职权 (EX_OFFICIO), a park's 公共服务 beyond any power (PUBLIC_SERVICE) or a "
                + "中介/市场服务 (MARKET_SERVICE, exactly the items of itemType MARKET_SERVICE). An administrative licence "
                + "is APPLICATION_BASED. When absent: MARKET_SERVICE for a market service, APPLICATION_BASED otherwise",
                examples = "APPLICATION_BASED") ItemKind itemKind,
        @Schema(description = "即办件 (IMMEDIATE) or 承诺件 (PROMISED)") @NotNull HandlingMode handlingMode,
        @Schema(description = "Statutory limit (法定时限) in working days; required for an administrative licence, "
                + "absent when no law sets one", examples = "20")
        @Min(1) @Max(365) Integer statutoryLimitDays,
        @Schema(description = "Working days the statutory limit may be extended by, with approval", examples = "10")
        @Min(1) @Max(60) Integer statutoryExtensionDays,
        @Schema(description = "Promised limit (承诺时限) in working days: 0 for an IMMEDIATE item, at least 1 for a "
                + "PROMISED one, never above the statutory limit", examples = "1")
        @NotNull @Min(0) @Max(365) Integer promisedLimitDays,
        @Schema(description = "The materials the item asks for; codes unique within the item")
        @NotNull @Size(max = 100) @Valid List<@NotNull MaterialDto> materials,
        @Schema(description = "The fields of the item's form") @Size(max = 200) List<@NotNull FormFieldDto> formFields,
        @Schema(description = "The fee in yuan; 0 = free of charge (无费化)", examples = "0")
        @NotNull @DecimalMin("0") BigDecimal feeYuan,
        @Schema(description = "Can be applied for online (网上可办): false exactly when handlingDepth is ON_SITE")
        boolean onlineCapable,
        @Schema(description = "办理深度: FULLY_ONLINE (全程网办, maxVisits 0), ONLINE_APPLICATION (网上申请, then at most "
                + "maxVisits visits in person, at least 1) or ON_SITE (现场办理, onlineCapable false). When absent: ON_SITE "
                + "if not onlineCapable, else FULLY_ONLINE with maxVisits 0, else ONLINE_APPLICATION",
                examples = "FULLY_ONLINE") HandlingDepth handlingDepth,
        @Schema(description = "May be approved on a signed commitment (告知承诺)") boolean notifyCommitEligible,
        @Schema(description = "A project may build before final approval (先建后验)") boolean buildFirstEligible,
        @Schema(description = "Visits in person the applicant may need at most (最多跑动次数)", examples = "0")
        @Min(0) @Max(5) int maxVisits,
        @Schema(description = "The version, also sent as the ETag; ignored on writes (If-Match decides)",
                readOnly = true, examples = "0") Long version) {

    /** A material the item asks for. */
    @Schema(name = "ServiceItemMaterial", description = "A material (申请材料) a service item asks for")
    public record MaterialDto(
            @Schema(description = "The material's code, unique within the item", examples = "lease-contract")
            @NotBlank @Size(max = 40) String code,
            @Schema(description = "The material's name", examples = "经营场所租赁合同") @NotBlank @Size(max = 200) String name,
            @Schema(description = "A main material (主件) must be on file at acceptance; a secondary one may be "
                    + "missing under 容缺 if deficiencyAllowed") boolean main,
            @Schema(description = "May be missing at acceptance under 容缺受理 (secondary materials only)")
            boolean deficiencyAllowed,
            @Schema(description = "Where the blank form or sample is", examples = "tpl/scjg-001-2.pdf")
            @Size(max = 200) String templateRef) {
        MaterialSpec toSpec() {
            return new MaterialSpec(code, name, main, deficiencyAllowed, templateRef);
        }

        static MaterialDto of(MaterialSpec spec) {
            return new MaterialDto(spec.code(), spec.name(), spec.main(), spec.deficiencyAllowed(), spec.templateRef());
        }
    }

    /** A field of the item's form. */
    @Schema(name = "FormField", description = "A field of a service item's form (or of a bundle's merged form)")
    public record FormFieldDto(
            @Schema(description = "The field's key in formData", examples = "enterpriseName")
            @NotBlank @Size(max = 64) String key,
            @Schema(description = "The field's label", examples = "企业名称") @NotBlank @Size(max = 100) String label,
            @Schema(description = "The input type; text when absent", defaultValue = "text", examples = "text") String type,
            @Schema(description = "Must be filled in before the application is handed in") boolean required) {
        FormField toField() {
            return new FormField(key, label, type == null ? "text" : type, required);
        }

        static FormFieldDto of(FormField field) {
            return new FormFieldDto(field.key(), field.label(), field.type(), field.required());
        }
    }

    public static ServiceItem of(io.parksuite.approval.domain.ServiceItem item) {
        return new ServiceItem(item.code, item.name, item.department, item.departmentName, item.itemType,
                item.itemKind, item.handlingMode, item.statutoryLimitDays, item.statutoryExtensionDays, item.promisedLimitDays,
                item.materials.stream().map(MaterialDto::of).toList(),
                item.formFields.stream().map(FormFieldDto::of).toList(), item.feeYuan, item.onlineCapable,
                item.handlingDepth, item.notifyCommitEligible, item.buildFirstEligible, item.maxVisits, item.version);
    }

    /** The catalogue's form of the item; elements Bean Validation refuses stay null for it to report. */
    public ItemDefinition toDefinition() {
        List<MaterialSpec> specs = materials == null ? List.of()
                : materials.stream().map(m -> m == null ? null : m.toSpec()).toList();
        List<FormField> fields = formFields == null ? List.of()
                : formFields.stream().map(f -> f == null ? null : f.toField()).toList();
        return new ItemDefinition(code, name, department, departmentName, itemType, handlingMode, statutoryLimitDays,
                statutoryExtensionDays, promisedLimitDays, specs, fields, feeYuan, onlineCapable, notifyCommitEligible,
                buildFirstEligible, maxVisits, itemKind, handlingDepth);
    }
}
