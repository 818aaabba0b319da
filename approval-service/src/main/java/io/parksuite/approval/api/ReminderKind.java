package io.parksuite.approval.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reminder (办事提醒) is about. */
@Schema(description = "What a reminder is about: a missing material, a task's promised or statutory deadline, the "
        + "delivery of a decision, or the same overdue")
public enum ReminderKind {
    MATERIAL_DUE,
    TASK_DUE,
    OVERDUE,
    STATUTORY_DUE,
    STATUTORY_OVERDUE,
    DELIVERY_DUE,
    DELIVERY_OVERDUE
}
