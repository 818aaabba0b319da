package io.parksuite.approval.service;

import io.parksuite.approval.config.ApprovalConfig;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.ClockRules;
import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.domain.Lifecycle;
import io.parksuite.approval.domain.Rating;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.approval.domain.Step;
import io.parksuite.approval.domain.TaskStatus;
import io.parksuite.approval.messaging.ApprovalEvents;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * After the decision: the application concludes when its last task is decided (approved only if every
 * department approved), an approval opens its follow-ups (告知承诺 post-checks, 先建后验 verifications)
 * and the licence document's delivery clock; then delivery (送达), archiving, visits in person and the
 * applicant's rating (好差评), a bad one opening a rectification task.
 */
@ApplicationScoped
public class ApplicationConclusion {

    private static final Set<String> DELIVERY_METHODS = Set.of("ONLINE", "POST", "COUNTER");

    private final Applications applications;
    private final Calendars calendars;
    private final ApprovalEvents events;
    private final ApprovalConfig config;
    private final StepLog log;
    private final Access access;
    private final FollowUps followUps;
    private final CaseTimelines timelines;

    public ApplicationConclusion(Applications applications, Calendars calendars, ApprovalEvents events,
                                 ApprovalConfig config, StepLog log, Access access, FollowUps followUps,
                                 CaseTimelines timelines) {
        this.applications = applications;
        this.calendars = calendars;
        this.events = events;
        this.config = config;
        this.log = log;
        this.access = access;
        this.followUps = followUps;
        this.timelines = timelines;
    }

    /** Concludes an application whose every task is decided. */
    @Transactional(Transactional.TxType.MANDATORY)
    void conclude(Application a, List<ApplicationTask> tasks) {
        boolean approved = tasks.stream().allMatch(t -> t.status == TaskStatus.APPROVED);
        Step step = approved ? Step.APPROVE : Step.DENY;
        ApplicationStatus from = a.status;
        a.status = Lifecycle.next(from, step);
        a.result = approved ? "approved" : "denied";
        a.concludedAt = log.now();
        LocalDate today = calendars.today();
        a.workingDaysUsed = calendars.current().workingDaysBetween(a.acceptedOn, today, a.clockPauses());
        log.touch(a);
        log.record(a, step, from, a.status, StepLog.SYSTEM_ACTOR, Notices.decision(a, tasks), null);
        if (approved) {
            if (ClockRules.issuesLicenceDocument(applications.itemsOf(a).stream().map(i -> i.itemType).toList())) {
                a.deliveryDeadline = ClockRules.deliveryDeadline(calendars.current(), today);
            }
            openFollowUps(a, today);
        }
        events.concluded(a);
        timelines.publish(a);
    }

    private void openFollowUps(Application a, LocalDate today) {
        WorkingCalendar calendar = calendars.current();
        for (ServiceItem item : applications.itemsOf(a)) {
            if (a.notifyCommitment && item.notifyCommitEligible) {
                followUps.open(a, FollowUpKind.POST_CHECK, item.department, item.code,
                        calendar.addWorkingDays(today, config.postCheckWorkingDays()), "告知承诺核查：" + item.name);
            }
            if (a.buildFirst && item.buildFirstEligible) {
                followUps.open(a, FollowUpKind.VERIFICATION, item.department, item.code,
                        calendar.addWorkingDays(today, config.verificationWorkingDays()), "先建后验验收：" + item.name);
            }
        }
    }

    @Transactional
    public ApplicationView deliver(UUID id, String method) {
        Application a = applications.lockForDesk(id);
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.DELIVER);
        String how = method == null ? "ONLINE" : method;
        if (!DELIVERY_METHODS.contains(how)) {
            throw ProblemException.invalidField("method", "must be one of ONLINE, POST, COUNTER");
        }
        a.status = to;
        a.deliveredAt = log.now();
        if ("COUNTER".equals(how)) {
            a.visits++;
        }
        log.touch(a);
        log.record(a, Step.DELIVER, from, to, access.actor(), Notices.delivered(a, how, calendars.today()), how);
        return applications.view(a);
    }

    @Transactional
    public ApplicationView archive(UUID id) {
        Application a = applications.lockForDesk(id);
        ApplicationStatus from = a.status;
        a.status = Lifecycle.next(from, Step.ARCHIVE);
        a.archivedAt = log.now();
        log.touch(a);
        log.record(a, Step.ARCHIVE, from, a.status, access.actor(), Notice.NONE, null);
        return applications.view(a);
    }

    /** A visit in person, which counts toward 最多跑一次. */
    @Transactional
    public ApplicationView recordVisit(UUID id, String purpose) {
        Application a = applications.lockForDesk(id);
        if (a.status == ApplicationStatus.DRAFT || a.status == ApplicationStatus.ARCHIVED
                || a.status == ApplicationStatus.WITHDRAWN) {
            throw ProblemException.conflict("No visit can be recorded while the application is " + a.status);
        }
        a.visits++;
        log.touch(a);
        log.record(a, Step.RECORD_VISIT, a.status, a.status, access.actor(), Notice.NONE,
                "visit: " + (purpose == null ? "" : purpose));
        return applications.view(a);
    }

    /** 好差评, once per application with a result; 2 or less opens a rectification task. */
    @Transactional
    public ApplicationView rate(UUID id, int score, String comment) {
        Application a = applications.lock(id);
        access.requireApplicant(a);
        if (score < 1 || score > 5) {
            throw ProblemException.invalidField("score", "must be 1 (非常不满意) to 5 (非常满意)");
        }
        if (a.status.isOpen() || a.status == ApplicationStatus.DRAFT || a.status == ApplicationStatus.WITHDRAWN) {
            throw ProblemException.conflict("An application is rated once it has a result; it is " + a.status);
        }
        if (a.rated || Rating.findById(a.id) != null) {
            throw ProblemException.conflict("Application " + a.referenceNumber + " was already rated; one rating per application");
        }
        Rating rating = new Rating();
        rating.applicationId = a.id;
        rating.score = score;
        rating.comment = comment;
        rating.ratedBy = access.actor();
        rating.ratedAt = log.now();
        rating.persist();
        a.rated = true;
        log.touch(a);
        if (rating.isBad()) {
            String department = applications.itemsOf(a).get(0).department;
            followUps.open(a, FollowUpKind.RECTIFICATION, department, a.itemCode,
                    calendars.current().addWorkingDays(calendars.today(), config.rectificationWorkingDays()),
                    "差评整改：" + (comment == null ? "评分 " + score : comment));
        }
        events.rated(a, rating);
        return applications.view(a);
    }
}
