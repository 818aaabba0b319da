package io.parksuite.approval.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The clocks an application's deadlines run on: the promise (承诺时限), the law's limit (法定时限), and
 * the delivery of the licence document within 10 working days of the decision (送达, 行政许可法 第44条).
 */
@Schema(name = "DeadlineClock", description = "PROMISED: the promised limit (承诺时限); STATUTORY: the law's limit (法定时限); "
        + "DELIVERY: delivery of the decision within 10 working days (送达)")
public enum DeadlineClock {
    PROMISED,
    STATUTORY,
    DELIVERY
}
