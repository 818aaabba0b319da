package io.parksuite.approval.api;

import io.parksuite.approval.domain.FormField;
import io.parksuite.approval.domain.HandlingMode;
import io.parksuite.approval.domain.ItemType;
import io.parksuite.approval.domain.MaterialSpec;
import io.parksuite.approval.domain.ServiceItem;
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
@Schema(name = "ServiceItem", example = """
        {"code":"SCJG-001","name":"企业设立登记","department":"market-regulation","departmentName":"区市场监督管理局",
         "itemType":"ADMINISTRATIVE_LICENCE","handlingMode":"PROMISED","statutoryLimitDays":15,"statutoryExtensionDays":null,
         "promisedLimitDays":1,"materials":[{"code":"business-licence-application","name":"公司登记（备案）申请书",
         "main":true,"deficiencyAllowed":false,"templateRef":"tpl/scjg-001-1.pdf"}],
         "formFields":[{"key":"enterpriseName","label":"企业名称","type":"text","required":true}],
         "feeYuan":0,"onlineCapable":true,"notifyCommitEligible":false,"buildFirstEligible":false,"maxVisits":0,"version":0}""")
public record ServiceItemDto(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, . _ - only") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String department,
        @NotBlank @Size(max = 100) String departmentName,
        @NotNull ItemType itemType,
        @NotNull HandlingMode handlingMode,
        @Min(1) @Max(365) Integer statutoryLimitDays,
        @Min(1) @Max(60) Integer statutoryExtensionDays,
        @NotNull @Min(0) @Max(365) Integer promisedLimitDays,
        @NotNull @Size(max = 100) @Valid List<@NotNull MaterialDto> materials,
        @Size(max = 200) List<@NotNull FormFieldDto> formFields,
        @NotNull @DecimalMin("0") BigDecimal feeYuan,
        boolean onlineCapable,
        boolean notifyCommitEligible,
        boolean buildFirstEligible,
        @Min(0) @Max(5) int maxVisits,
        Long version) {

    /** A material the item asks for. */
    @Schema(name = "ServiceItemMaterial")
    public record MaterialDto(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name,
                              boolean main, boolean deficiencyAllowed, @Size(max = 200) String templateRef) {
        MaterialSpec toSpec() {
            return new MaterialSpec(code, name, main, deficiencyAllowed, templateRef);
        }

        static MaterialDto of(MaterialSpec spec) {
            return new MaterialDto(spec.code(), spec.name(), spec.main(), spec.deficiencyAllowed(), spec.templateRef());
        }
    }

    /** A field of the item's form. */
    @Schema(name = "FormField")
    public record FormFieldDto(@NotBlank @Size(max = 64) String key, @NotBlank @Size(max = 100) String label,
                               String type, boolean required) {
        FormField toField() {
            return new FormField(key, label, type == null ? "text" : type, required);
        }

        static FormFieldDto of(FormField field) {
            return new FormFieldDto(field.key(), field.label(), field.type(), field.required());
        }
    }

    public static ServiceItemDto of(ServiceItem item) {
        return new ServiceItemDto(item.code, item.name, item.department, item.departmentName, item.itemType,
                item.handlingMode, item.statutoryLimitDays, item.statutoryExtensionDays, item.promisedLimitDays,
                item.materials.stream().map(MaterialDto::of).toList(),
                item.formFields.stream().map(FormFieldDto::of).toList(), item.feeYuan, item.onlineCapable,
                item.notifyCommitEligible, item.buildFirstEligible, item.maxVisits, item.version);
    }

    /** The catalogue's form of the item; elements Bean Validation refuses stay null for it to report. */
    public ItemDefinition toDefinition() {
        List<MaterialSpec> specs = materials == null ? List.of()
                : materials.stream().map(m -> m == null ? null : m.toSpec()).toList();
        List<FormField> fields = formFields == null ? List.of()
                : formFields.stream().map(f -> f == null ? null : f.toField()).toList();
        return new ItemDefinition(code, name, department, departmentName, itemType, handlingMode, statutoryLimitDays,
                statutoryExtensionDays, promisedLimitDays, specs, fields, feeYuan, onlineCapable, notifyCommitEligible,
                buildFirstEligible, maxVisits);
    }
}
