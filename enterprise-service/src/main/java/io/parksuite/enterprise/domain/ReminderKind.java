package io.parksuite.enterprise.domain;

/**
 * What a liaison reminder (诉求提醒) is about: a pending request due within the window (即将到期), past its
 * deadline (已逾期), or escalated to the park's administrators because it is overdue (逾期督办).
 */
public enum ReminderKind {
    DUE, OVERDUE, ESCALATION
}
