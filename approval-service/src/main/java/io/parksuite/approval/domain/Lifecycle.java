package io.parksuite.approval.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static io.parksuite.approval.domain.ApplicationStatus.*;

/**
 * The application state machine (办件流程): which step each status allows and where it leads.
 * Intake 接件 → 受理 / 容缺受理 / 不予受理 / 补正 → review by parallel department tasks, possibly
 * paused by a 特别程序 → 准予 / 不予许可 → 送达 → 归档.
 */
public final class Lifecycle {

    private static final Map<ApplicationStatus, Map<Step, ApplicationStatus>> TRANSITIONS = new EnumMap<>(ApplicationStatus.class);

    static {
        on(DRAFT, Step.SUBMIT, SUBMITTED);
        on(DRAFT, Step.WITHDRAW, WITHDRAWN);
        on(SUBMITTED, Step.ACCEPT, IN_REVIEW);
        on(SUBMITTED, Step.ACCEPT_WITH_DEFICIENCY, IN_REVIEW);
        on(SUBMITTED, Step.DEEM_ACCEPTED, IN_REVIEW);
        on(SUBMITTED, Step.REFUSE, NOT_ACCEPTED);
        on(SUBMITTED, Step.REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        on(SUBMITTED, Step.WITHDRAW, WITHDRAWN);
        on(SUPPLEMENT_REQUESTED, Step.SUPPLY_SUPPLEMENT, SUBMITTED);
        on(SUPPLEMENT_REQUESTED, Step.WITHDRAW, WITHDRAWN);
        on(IN_REVIEW, Step.DECIDE_TASK, IN_REVIEW);
        on(IN_REVIEW, Step.SUPPLY_DEFICIENCY, IN_REVIEW);
        on(IN_REVIEW, Step.START_SPECIAL_PROCEDURE, SPECIAL_PROCEDURE);
        on(IN_REVIEW, Step.APPROVE, APPROVED);
        on(IN_REVIEW, Step.DENY, DENIED);
        on(SPECIAL_PROCEDURE, Step.END_SPECIAL_PROCEDURE, IN_REVIEW);
        on(SPECIAL_PROCEDURE, Step.SUPPLY_DEFICIENCY, SPECIAL_PROCEDURE);
        on(APPROVED, Step.DELIVER, DELIVERED);
        on(DENIED, Step.DELIVER, DELIVERED);
        on(DELIVERED, Step.ARCHIVE, ARCHIVED);
        on(NOT_ACCEPTED, Step.ARCHIVE, ARCHIVED);
    }

    private Lifecycle() {
    }

    private static void on(ApplicationStatus from, Step step, ApplicationStatus to) {
        TRANSITIONS.computeIfAbsent(from, s -> new LinkedHashMap<>()).put(step, to);
    }

    public static Set<Step> allowed(ApplicationStatus status) {
        return Collections.unmodifiableSet(TRANSITIONS.getOrDefault(status, Map.of()).keySet());
    }

    public static boolean allows(ApplicationStatus status, Step step) {
        return TRANSITIONS.getOrDefault(status, Map.of()).containsKey(step);
    }

    /** The status {@code step} leads to from {@code status}; {@link IllegalStepException} if not allowed. */
    public static ApplicationStatus next(ApplicationStatus status, Step step) {
        ApplicationStatus to = TRANSITIONS.getOrDefault(status, Map.of()).get(step);
        if (to == null) {
            throw new IllegalStepException(status, step, allowed(status));
        }
        return to;
    }
}
