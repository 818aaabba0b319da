package io.parksuite.approval.domain;

/**
 * The clocks an application's deadlines run on: the promise (承诺时限), the law's limit (法定时限), and
 * the delivery of the licence document within 10 working days of the decision (送达, 行政许可法 第44条).
 */
public enum DeadlineClock {
    PROMISED,
    STATUTORY,
    DELIVERY
}
