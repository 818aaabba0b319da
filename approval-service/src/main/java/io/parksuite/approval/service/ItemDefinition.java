package io.parksuite.approval.service;

import io.parksuite.approval.domain.FormField;
import io.parksuite.approval.domain.HandlingDepth;
import io.parksuite.approval.domain.HandlingMode;
import io.parksuite.approval.domain.ItemKind;
import io.parksuite.approval.domain.ItemType;
import io.parksuite.approval.domain.MaterialSpec;
import io.parksuite.platform.problem.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a service item (事项) is defined or replaced with: its fields as the catalogue stores them; a null
 * itemKind or handlingDepth takes its default ({@link ItemKind#defaultFor}, {@link HandlingDepth#defaultFor}).
 */
public record ItemDefinition(String code, String name, String department, String departmentName, ItemType itemType,
                             HandlingMode handlingMode, Integer statutoryLimitDays, Integer statutoryExtensionDays,
                             Integer promisedLimitDays, List<MaterialSpec> materials, List<FormField> formFields,
                             BigDecimal feeYuan, boolean onlineCapable, boolean notifyCommitEligible,
                             boolean buildFirstEligible, int maxVisits, ItemKind itemKind,
                             HandlingDepth handlingDepth) {

    /** The item's kind, its default where none is named; null while the item type is missing. */
    public ItemKind kindOrDefault() {
        return itemKind != null ? itemKind : itemType == null ? null : ItemKind.defaultFor(itemType);
    }

    /** The item's handling depth, its default where none is named. */
    public HandlingDepth depthOrDefault() {
        return handlingDepth != null ? handlingDepth : HandlingDepth.defaultFor(onlineCapable, maxVisits);
    }

    /**
     * 依申请 or not, and 办理深度, against the rest of the item: a licence is granted on application, a market
     * service is exactly an item of type MARKET_SERVICE, and the depth agrees with onlineCapable and maxVisits
     * (so a rate can never count an on-site item as 网上可办).
     */
    public List<Problem.FieldError> kindAndDepthProblems() {
        List<Problem.FieldError> errors = new ArrayList<>();
        ItemKind kind = itemKind;
        if (kind != null && itemType != null) {
            if (itemType == ItemType.ADMINISTRATIVE_LICENCE && kind != ItemKind.APPLICATION_BASED) {
                errors.add(new Problem.FieldError("itemKind",
                        "an administrative licence is granted on application: APPLICATION_BASED (依申请)"));
            } else if ((itemType == ItemType.MARKET_SERVICE) != (kind == ItemKind.MARKET_SERVICE)) {
                errors.add(new Problem.FieldError("itemKind",
                        "MARKET_SERVICE (中介/市场服务) exactly when itemType is MARKET_SERVICE"));
            }
        }
        HandlingDepth depth = handlingDepth;
        if (depth != null) {
            if (depth.online() != onlineCapable) {
                errors.add(new Problem.FieldError("handlingDepth", depth == HandlingDepth.ON_SITE
                        ? "an ON_SITE (现场办理) item is not onlineCapable"
                        : "a " + depth + " item is onlineCapable (网上可办)"));
            } else if (depth == HandlingDepth.FULLY_ONLINE && maxVisits != 0) {
                errors.add(new Problem.FieldError("handlingDepth",
                        "a FULLY_ONLINE (全程网办) item needs no visit: maxVisits 0"));
            } else if (depth == HandlingDepth.ONLINE_APPLICATION && maxVisits == 0) {
                errors.add(new Problem.FieldError("handlingDepth",
                        "an ONLINE_APPLICATION item with maxVisits 0 is FULLY_ONLINE (全程网办)"));
            }
        }
        return errors;
    }
}
