package io.parksuite.approval.api;

import io.parksuite.approval.domain.Bundle;
import io.parksuite.approval.domain.MergedForm;
import io.parksuite.approval.domain.ServiceItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A bundle (一件事) with its one merged form (一张表), its departments and its SLA target from the
 * desk's policy. {@code slaWorkingDays} never shortens an item's statutory limit; it is the promise.
 */
@Schema(name = "Bundle")
public record BundleResponse(String code, String name, String description, List<String> itemCodes,
                             List<String> departments, Integer slaWorkingDays, int promisedLimitDays,
                             List<ServiceItemDto.FormFieldDto> form, List<ServiceItemDto.MaterialDto> materials,
                             int fieldsSaved, long version) {

    public static BundleResponse of(Bundle bundle, List<ServiceItem> items, Integer sla, int promisedLimitDays) {
        MergedForm merged = MergedForm.of(items);
        return new BundleResponse(bundle.code, bundle.name, bundle.description, bundle.itemCodes,
                items.stream().map(i -> i.department).distinct().sorted().toList(), sla, promisedLimitDays,
                merged.fields().stream().map(ServiceItemDto.FormFieldDto::of).toList(),
                merged.materials().stream().map(ServiceItemDto.MaterialDto::of).toList(),
                MergedForm.fieldsSaved(items), bundle.version);
    }
}
