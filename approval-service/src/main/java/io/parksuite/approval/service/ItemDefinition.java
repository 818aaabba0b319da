package io.parksuite.approval.service;

import io.parksuite.approval.domain.FormField;
import io.parksuite.approval.domain.HandlingMode;
import io.parksuite.approval.domain.ItemType;
import io.parksuite.approval.domain.MaterialSpec;

import java.math.BigDecimal;
import java.util.List;

/** What a service item (事项) is defined or replaced with: its fields as the catalogue stores them. */
public record ItemDefinition(String code, String name, String department, String departmentName, ItemType itemType,
                             HandlingMode handlingMode, Integer statutoryLimitDays, Integer statutoryExtensionDays,
                             Integer promisedLimitDays, List<MaterialSpec> materials, List<FormField> formFields,
                             BigDecimal feeYuan, boolean onlineCapable, boolean notifyCommitEligible,
                             boolean buildFirstEligible, int maxVisits) {
}
