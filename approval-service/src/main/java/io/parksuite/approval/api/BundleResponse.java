package io.parksuite.approval.api;

import io.parksuite.approval.domain.Bundle;
import io.parksuite.approval.domain.MergedForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A bundle (一件事) with its one merged form (一张表), its departments and its promised limit, which
 * never shortens an item's statutory limit. {@code slaWorkingDays}, once the configured target, is
 * the same figure, kept for v1 clients.
 */
@Schema(name = "Bundle", description = "A bundle (一件事) with its one merged form (一张表), its departments and its "
        + "promised limit")
public record BundleResponse(
        @Schema(description = "The bundle's code", examples = "company-startup", required = true) String code,
        @Schema(description = "The bundle's name", examples = "企业开办一件事", required = true) String name,
        @Schema(description = "What the bundle covers", examples = "企业登记、印章刻制、发票申领、社保登记、银行开户一次办")
        String description,
        @Schema(description = "The codes of its service items", examples = "[\"SCJG-001\",\"GA-101\"]",
                required = true) List<String> itemCodes,
        @Schema(description = "The departments that decide in parallel", examples = "[\"market-regulation\",\"public-security\"]",
                required = true) List<String> departments,
        @Schema(description = "Deprecated: the same figure as promisedLimitDays, which the bundle's definition now "
                + "holds; read promisedLimitDays", examples = "3", deprecated = true) Integer slaWorkingDays,
        @Schema(description = "The promised limit (承诺时限) of an application for the bundle, in working days (e.g. "
                + "Hunan's 3545), part of the bundle's definition; never shortens an item's statutory limit",
                minimum = "0", examples = "3", required = true) int promisedLimitDays,
        @Schema(description = "The merged form: each field once, however many items ask for it", required = true)
        List<ServiceItem.FormFieldDto> form,
        @Schema(description = "The merged materials: each material once", required = true)
        List<ServiceItem.MaterialDto> materials,
        @Schema(description = "Form fields saved by merging (asked by several items, filled in once)", minimum = "0",
                examples = "6", required = true) int fieldsSaved,
        @Schema(description = "The version, also sent as the ETag", examples = "0", required = true) long version) {

    public static BundleResponse of(Bundle bundle, List<io.parksuite.approval.domain.ServiceItem> items) {
        MergedForm merged = MergedForm.of(items);
        return new BundleResponse(bundle.code, bundle.name, bundle.description, bundle.itemCodes,
                items.stream().map(i -> i.department).distinct().sorted().toList(), bundle.promisedLimitDays,
                bundle.promisedLimitDays,
                merged.fields().stream().map(ServiceItem.FormFieldDto::of).toList(),
                merged.materials().stream().map(ServiceItem.MaterialDto::of).toList(),
                MergedForm.fieldsSaved(items), bundle.version);
    }
}
