package io.parksuite.enterprise.domain;

/** What a row of a cultivation pool entry's history records. */
public enum PoolChange {
    ADDED,
    STATUS_CHANGED,
    OFFICER_ASSIGNED,
    STANDING_RECORDED
}
