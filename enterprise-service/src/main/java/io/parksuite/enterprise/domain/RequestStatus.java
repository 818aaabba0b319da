package io.parksuite.enterprise.domain;

/** Where an enterprise request stands: 待办, 办理中, 已解决, 已关闭 (closed after the enterprise rated it). */
public enum RequestStatus {
    OPEN, IN_PROGRESS, RESOLVED, CLOSED;

    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
