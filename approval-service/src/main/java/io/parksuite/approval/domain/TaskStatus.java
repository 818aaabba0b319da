package io.parksuite.approval.domain;

/** A department task's state. */
public enum TaskStatus {
    PENDING,
    APPROVED,
    DENIED
}
