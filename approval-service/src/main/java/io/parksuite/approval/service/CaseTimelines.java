package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.FollowUpStatus;
import io.parksuite.approval.domain.FollowUpTask;
import io.parksuite.approval.domain.PausePeriod;
import io.parksuite.approval.domain.Step;
import io.parksuite.approval.domain.StepRecord;
import io.parksuite.approval.messaging.ApprovalEvents;
import io.parksuite.approval.messaging.ApprovalEvents.Interval;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * 办件时间线: the dated intervals of a concluded case, whose time they were (the government's or the enterprise's),
 * derived from what the application stores: its dates, its step record, its department tasks, its pauses and its
 * follow-ups' rectifications. Published as case-timeline when the application concludes and again when a failed
 * check's rectification ends, so that project-service can attribute a project's lead time.
 */
@ApplicationScoped
public class CaseTimelines {

    private static final Set<Step> ACCEPTANCES = Set.of(Step.ACCEPT, Step.ACCEPT_WITH_DEFICIENCY);

    private final ApprovalEvents events;

    public CaseTimelines(ApprovalEvents events) {
        this.events = events;
    }

    /** Publishes the case's timeline with the application's stored state (flushed first). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Application a) {
        a.flush();
        List<StepRecord> steps = StepRecord.list("applicationId", Sort.by("at").and("id"), a.id);
        List<ApplicationTask> tasks = ApplicationTask.list("applicationId", a.id);
        List<FollowUpTask> followUps = FollowUpTask.list("applicationId", a.id);
        String officer = steps.stream().filter(s -> ACCEPTANCES.contains(s.step)).map(s -> s.actor).findFirst().orElse(null);
        events.caseTimeline(a, officer, intervals(a, steps, tasks, followUps));
    }

    /** The intervals, inclusive dates in Asia/Shanghai, in order of their first day. */
    static List<Interval> intervals(Application a, List<StepRecord> steps, List<ApplicationTask> tasks,
                                    List<FollowUpTask> followUps) {
        List<Interval> intervals = new ArrayList<>();
        LocalDate concluded = day(a.concludedAt);
        if (a.submittedAt != null) {
            add(intervals, Interval.enterprise("DRAFT", null, day(a.createdAt), day(a.submittedAt).minusDays(1)));
        }
        between(intervals, steps, Step.REQUEST_SUPPLEMENT, Step.SUPPLY_SUPPLEMENT, "SUPPLEMENT", concluded);
        between(intervals, steps, Step.ACCEPT_WITH_DEFICIENCY, Step.SUPPLY_DEFICIENCY, "DEFICIENCY", concluded);
        LocalDate accepted = a.acceptedOn != null ? a.acceptedOn : day(a.acceptedAt);
        for (ApplicationTask task : tasks) {
            if (accepted != null && task.decidedAt != null) {
                add(intervals, Interval.government("DEPARTMENT_REVIEW", task.department, accepted, day(task.decidedAt)));
            }
        }
        for (PausePeriod pause : a.pauses) {
            LocalDate last = pause.lastDay() != null ? pause.lastDay() : concluded;
            if (last != null) {
                add(intervals, Interval.government("SPECIAL_PROCEDURE", null, pause.firstDay(), last));
            }
        }
        for (FollowUpTask f : followUps) {
            if (f.rectifyingSince != null && (f.status == FollowUpStatus.PASSED || f.status == FollowUpStatus.REVOKED)) {
                add(intervals, Interval.enterprise("RECTIFICATION", f.department, day(f.rectifyingSince), day(f.concludedAt)));
            }
        }
        intervals.sort(Comparator.comparing(Interval::firstDay).thenComparing(Interval::kind));
        return intervals;
    }

    /**
     * The enterprise's time from each {@code from} step to the day before the next {@code to} step (the day the
     * materials arrive is the desk's again); still open at the conclusion, up to the conclusion.
     */
    private static void between(List<Interval> intervals, List<StepRecord> steps, Step from, Step to, String kind,
                                LocalDate concluded) {
        LocalDate start = null;
        for (StepRecord step : steps) {
            if (step.step == from && start == null) {
                start = day(step.at);
            } else if (step.step == to && start != null) {
                add(intervals, Interval.enterprise(kind, null, start, day(step.at).minusDays(1)));
                start = null;
            }
        }
        if (start != null && concluded != null) {
            add(intervals, Interval.enterprise(kind, null, start, concluded));
        }
    }

    private static void add(List<Interval> intervals, Interval interval) {
        if (interval.firstDay() != null && interval.lastDay() != null && !interval.lastDay().isBefore(interval.firstDay())) {
            intervals.add(interval);
        }
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : WorkingCalendar.dateOf(at.toInstant());
    }
}
