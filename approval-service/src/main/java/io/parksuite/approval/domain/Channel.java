package io.parksuite.approval.domain;

/** How an application was handed in: 网上办 (online) or at the counter (窗口). */
public enum Channel {
    ONLINE,
    COUNTER
}
