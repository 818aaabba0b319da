package io.parksuite.project.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes a {@link ProjectProfile} onto a {@link Project} field by field and names each field that
 * actually changed, so that an update publishes only those; amounts compare by value (5 and 5.00
 * are the same amount).
 */
final class ProfileChanges {

    private ProfileChanges() {
    }

    static List<String> apply(Project p, ProjectProfile profile) {
        List<String> changed = new ArrayList<>();
        change(changed, "name", p.name, profile.name().strip(), v -> p.name = v);
        change(changed, "investorUscc", p.investorUscc, profile.investorUscc(), v -> p.investorUscc = v);
        change(changed, "investorName", p.investorName, profile.investorName().strip(), v -> p.investorName = v);
        change(changed, "investorType", p.investorType, profile.investorType(), v -> p.investorType = v);
        change(changed, "chainCode", p.chainCode, profile.chainCode(), v -> p.chainCode = v);
        amount(changed, "plannedInvestmentYuan", p.plannedInvestmentYuan, profile.plannedInvestmentYuan(),
                v -> p.plannedInvestmentYuan = v);
        amount(changed, "capacityQuantity", p.capacityQuantity, profile.capacityQuantity(), v -> p.capacityQuantity = v);
        change(changed, "capacityUnit", p.capacityUnit, profile.capacityUnit(), v -> p.capacityUnit = v);
        amount(changed, "landAreaMu", p.landAreaMu, profile.landAreaMu(), v -> p.landAreaMu = v);
        change(changed, "streetCode", p.streetCode, profile.streetCode(), v -> p.streetCode = v);
        change(changed, "officer", p.officer, profile.officer(), v -> p.officer = v);
        change(changed, "conferenceId", p.conferenceId, profile.conferenceId(), v -> p.conferenceId = v);
        change(changed, "sourceNote", p.sourceNote, profile.sourceNote(), v -> p.sourceNote = v);
        change(changed, "buildBeforeApproval", p.buildBeforeApproval, profile.buildBeforeApproval(),
                v -> p.buildBeforeApproval = v);
        return changed;
    }

    private static <T> void change(List<String> changed, String field, T current, T replacement, Consumer<T> setter) {
        if (!Objects.equals(current, replacement)) {
            changed.add(field);
            setter.accept(replacement);
        }
    }

    private static void amount(List<String> changed, String field, BigDecimal current, BigDecimal replacement,
                               Consumer<BigDecimal> setter) {
        boolean same = current == null ? replacement == null : replacement != null && current.compareTo(replacement) == 0;
        if (!same) {
            changed.add(field);
            setter.accept(replacement);
        }
    }
}
