package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.Lifecycle;
import io.parksuite.approval.domain.Step;
import io.parksuite.approval.domain.StepRecord;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The application's record (办件记录): every step of every stage writes who took it, when, between
 * which statuses and with which notice, and marks the application changed, in the same way.
 */
@ApplicationScoped
public class StepLog {

    public static final String SYSTEM_ACTOR = "system";
    private static final int MAX_DETAIL = 1000;

    private final Clock clock;

    public StepLog(Clock clock) {
        this.clock = clock;
    }

    /** Takes {@code step} on the state machine (409 when not allowed) and records it. */
    Application move(Application a, Step step, String actor, Notice notice, String detail) {
        ApplicationStatus from = a.status;
        a.status = Lifecycle.next(from, step);
        touch(a);
        record(a, step, from, a.status, actor, notice, detail);
        return a;
    }

    void touch(Application a) {
        a.updatedAt = now();
    }

    void record(Application a, Step step, ApplicationStatus from, ApplicationStatus to, String actor, Notice notice,
                String detail) {
        StepRecord record = new StepRecord();
        record.applicationId = a.id;
        record.step = step;
        record.fromStatus = from;
        record.toStatus = to;
        record.actor = actor;
        record.at = now();
        record.noticeTitle = notice.title();
        record.noticeText = notice.text();
        record.detail = detail == null ? null : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        record.persist();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
