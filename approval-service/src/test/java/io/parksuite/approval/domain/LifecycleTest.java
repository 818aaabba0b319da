package io.parksuite.approval.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.parksuite.approval.domain.ApplicationStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleTest {

    /** The whole machine, written out independently of the implementation. */
    private static final Map<ApplicationStatus, Map<Step, ApplicationStatus>> EXPECTED = new EnumMap<>(ApplicationStatus.class);

    static {
        EXPECTED.put(DRAFT, Map.of(Step.SUBMIT, SUBMITTED, Step.WITHDRAW, WITHDRAWN));
        EXPECTED.put(SUBMITTED, Map.of(Step.ACCEPT, IN_REVIEW, Step.ACCEPT_WITH_DEFICIENCY, IN_REVIEW,
                Step.DEEM_ACCEPTED, IN_REVIEW, Step.REFUSE, NOT_ACCEPTED, Step.REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED,
                Step.WITHDRAW, WITHDRAWN));
        EXPECTED.put(SUPPLEMENT_REQUESTED, Map.of(Step.SUPPLY_SUPPLEMENT, SUBMITTED, Step.WITHDRAW, WITHDRAWN));
        EXPECTED.put(IN_REVIEW, Map.of(Step.DECIDE_TASK, IN_REVIEW, Step.SUPPLY_DEFICIENCY, IN_REVIEW,
                Step.START_SPECIAL_PROCEDURE, SPECIAL_PROCEDURE, Step.APPROVE, APPROVED, Step.DENY, DENIED));
        EXPECTED.put(SPECIAL_PROCEDURE, Map.of(Step.END_SPECIAL_PROCEDURE, IN_REVIEW, Step.SUPPLY_DEFICIENCY, SPECIAL_PROCEDURE));
        EXPECTED.put(APPROVED, Map.of(Step.DELIVER, DELIVERED));
        EXPECTED.put(DENIED, Map.of(Step.DELIVER, DELIVERED));
        EXPECTED.put(NOT_ACCEPTED, Map.of(Step.ARCHIVE, ARCHIVED));
        EXPECTED.put(DELIVERED, Map.of(Step.ARCHIVE, ARCHIVED));
        EXPECTED.put(ARCHIVED, Map.of());
        EXPECTED.put(WITHDRAWN, Map.of());
    }

    @Test
    void everyStatusIsCovered() {
        assertEquals(EnumSet.allOf(ApplicationStatus.class), EXPECTED.keySet());
    }

    @Test
    void everyAllowedStepLeadsWhereTheLawSays() {
        EXPECTED.forEach((from, steps) -> {
            assertEquals(steps.keySet(), Lifecycle.allowed(from), "allowed from " + from);
            steps.forEach((step, to) -> assertEquals(to, Lifecycle.next(from, step), from + " --" + step + "-->"));
        });
    }

    @Test
    void everyOtherStepIsRefusedNamingTheAllowedOnes() {
        int refused = 0;
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (Step step : Step.values()) {
                if (EXPECTED.get(from).containsKey(step)) {
                    continue;
                }
                IllegalStepException e = assertThrows(IllegalStepException.class, () -> Lifecycle.next(from, step),
                        from + " must refuse " + step);
                assertEquals(EXPECTED.get(from).keySet(), e.allowed());
                assertEquals(from, e.status());
                assertTrue(e.getMessage().contains(step.name()) && e.getMessage().contains(from.name()));
                refused++;
            }
        }
        assertTrue(refused > 150, "most combinations are illegal: " + refused);
    }

    @Test
    void concludedAndFinalStatesCannotGoBackToReview() {
        for (ApplicationStatus closed : Set.of(APPROVED, DENIED, DELIVERED, ARCHIVED, NOT_ACCEPTED, WITHDRAWN)) {
            assertThrows(IllegalStepException.class, () -> Lifecycle.next(closed, Step.DECIDE_TASK));
            assertThrows(IllegalStepException.class, () -> Lifecycle.next(closed, Step.ACCEPT));
        }
        assertThrows(IllegalStepException.class, () -> Lifecycle.next(SPECIAL_PROCEDURE, Step.DECIDE_TASK),
                "no decision while the clock is paused");
        assertThrows(IllegalStepException.class, () -> Lifecycle.next(SUPPLEMENT_REQUESTED, Step.REQUEST_SUPPLEMENT),
                "补正 is requested once");
    }
}
