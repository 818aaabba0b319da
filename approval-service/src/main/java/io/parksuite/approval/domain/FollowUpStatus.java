package io.parksuite.approval.domain;

/**
 * Where a follow-up stands. A 告知承诺 post-check or 先建后验 verification goes OPEN → PASSED, RECTIFYING (the check
 * failed, e.g. 消防验收不合格) or REVOKED (撤销); RECTIFYING → PASSED or REVOKED; an OPEN one within its deadline may be
 * WAIVED by a park admin. A 差评整改 rectification goes OPEN → CLOSED.
 */
public enum FollowUpStatus {
    OPEN,
    RECTIFYING,
    PASSED,
    REVOKED,
    WAIVED,
    CLOSED;

    public boolean isConcluded() {
        return this == PASSED || this == REVOKED || this == WAIVED || this == CLOSED;
    }
}
