package io.parksuite.approval.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 一张表: the one form and material list of a bundle, merged from its items. A field or material
 * that several items ask for appears once; it is required (main) if any item requires it, and may
 * be missing under 容缺 only if every item allows that.
 */
public record MergedForm(List<FormField> fields, List<MaterialSpec> materials) {

    public static MergedForm of(List<ServiceItem> items) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        Map<String, MaterialSpec> materials = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            for (FormField field : item.formFields) {
                fields.merge(field.key(), field, (a, b) -> new FormField(a.key(), a.label(), a.type(),
                        a.required() || b.required()));
            }
            for (MaterialSpec material : item.materials) {
                materials.merge(material.code(), material, (a, b) -> new MaterialSpec(a.code(), a.name(),
                        a.main() || b.main(), a.deficiencyAllowed() && b.deficiencyAllowed(),
                        a.templateRef() != null ? a.templateRef() : b.templateRef()));
            }
        }
        return new MergedForm(new ArrayList<>(fields.values()), new ArrayList<>(materials.values()));
    }

    /** How many questions the merged form saves compared with filling in each item's own form. */
    public static int fieldsSaved(List<ServiceItem> items) {
        int separately = items.stream().mapToInt(i -> i.formFields.size()).sum();
        return separately - of(items).fields().size();
    }

    public MaterialSpec material(String code) {
        return materials.stream().filter(m -> m.code().equals(code)).findFirst().orElse(null);
    }
}
