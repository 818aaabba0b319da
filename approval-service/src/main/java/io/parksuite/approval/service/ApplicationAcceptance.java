package io.parksuite.approval.service;

import io.parksuite.approval.domain.Acceptance;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.Channel;
import io.parksuite.approval.domain.ClockRules;
import io.parksuite.approval.domain.Deficiency;
import io.parksuite.approval.domain.ItemClock;
import io.parksuite.approval.domain.Lifecycle;
import io.parksuite.approval.domain.MaterialSpec;
import io.parksuite.approval.domain.MergedForm;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.approval.domain.Step;
import io.parksuite.approval.domain.TaskStatus;
import io.parksuite.approval.messaging.ApprovalEvents;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Acceptance (受理): the desk accepts a submitted application (or accepts it with secondary materials
 * missing, 容缺), refuses it with reasons, or asks once and completely for a supplement (补正) within 5
 * working days of intake; an application left without a notice that long is deemed accepted. Acceptance
 * starts the working-day clock and opens one task per department.
 */
@ApplicationScoped
public class ApplicationAcceptance {

    private final Applications applications;
    private final Calendars calendars;
    private final ApprovalEvents events;
    private final StepLog log;
    private final Access access;

    public ApplicationAcceptance(Applications applications, Calendars calendars, ApprovalEvents events, StepLog log,
                                 Access access) {
        this.applications = applications;
        this.calendars = calendars;
        this.events = events;
        this.log = log;
        this.access = access;
    }

    @Transactional
    public ApplicationView accept(UUID id) {
        Application a = applications.lockForDesk(id);
        return applications.view(startReview(a, Step.ACCEPT, Acceptance.ACCEPTED, calendars.today(), access.actor()));
    }

    /** 视为受理: accepted as of the intake date because no 补正 notice came within 5 working days. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Application deemAccepted(Application a) {
        return startReview(a, Step.DEEM_ACCEPTED, Acceptance.DEEMED_ACCEPTED, a.intakeDate, StepLog.SYSTEM_ACTOR);
    }

    @Transactional
    public ApplicationView acceptWithDeficiency(UUID id, List<String> missing, String commitment, LocalDate dueOn) {
        Application a = applications.lockForDesk(id);
        Lifecycle.next(a.status, Step.ACCEPT_WITH_DEFICIENCY);
        LocalDate today = calendars.today();
        LocalDate promisedDeadline = ClockRules.deadline(calendars.current(), today, a.promisedLimitDays, a.clockPauses());
        List<Problem.FieldError> errors = deficiencyProblems(applications.formOf(a), missing);
        if (commitment == null || commitment.isBlank()) {
            errors.add(new Problem.FieldError("commitment", "容缺受理 requires the applicant's signed commitment"));
        }
        if (dueOn == null) {
            errors.add(new Problem.FieldError("dueOn", "required"));
        } else if (!ClockRules.isDeficiencyDueValid(today, dueOn, promisedDeadline)) {
            errors.add(new Problem.FieldError("dueOn", "must be after today and no later than the promised deadline "
                    + promisedDeadline));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        a.deficiency = new Deficiency(List.copyOf(missing), commitment.strip(), dueOn, false);
        a.deficiencyDueOn = dueOn;
        return applications.view(startReview(a, Step.ACCEPT_WITH_DEFICIENCY, Acceptance.ACCEPTED_WITH_DEFICIENCY,
                today, access.actor()));
    }

    /** Only secondary materials of the form that 容缺 allows may be missing at acceptance. */
    private static List<Problem.FieldError> deficiencyProblems(MergedForm form, List<String> missing) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (missing == null || missing.isEmpty()) {
            errors.add(new Problem.FieldError("missingMaterials", "name the secondary materials that are missing"));
            return errors;
        }
        for (int i = 0; i < missing.size(); i++) {
            MaterialSpec spec = form.material(missing.get(i));
            String field = "missingMaterials[" + i + "]";
            if (spec == null) {
                errors.add(new Problem.FieldError(field, "not a material of this application"));
            } else if (spec.main()) {
                errors.add(new Problem.FieldError(field, spec.name() + " is a main material: "
                        + "容缺 covers secondary materials only"));
            } else if (!spec.deficiencyAllowed()) {
                errors.add(new Problem.FieldError(field, spec.name() + " may not be missing at acceptance"));
            }
        }
        return errors;
    }

    private Application startReview(Application a, Step step, Acceptance acceptance, LocalDate acceptedOn, String actor) {
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, step);
        WorkingCalendar calendar = calendars.current();
        a.status = to;
        a.acceptance = acceptance;
        a.acceptedAt = log.now();
        a.acceptedOn = acceptedOn;
        a.supplementDueOn = null;
        a.setDeadlines(calendar);
        createTasks(a, calendar);
        log.touch(a);
        Notice notice = switch (acceptance) {
            case ACCEPTED -> Notices.accepted(a);
            case ACCEPTED_WITH_DEFICIENCY -> Notices.acceptedWithDeficiency(a);
            case DEEMED_ACCEPTED -> Notices.deemedAccepted(a);
        };
        log.record(a, step, from, to, actor, notice, null);
        events.accepted(a);
        return a;
    }

    /** One task per department, in parallel; each keeps each of its items' statutory clocks. */
    private void createTasks(Application a, WorkingCalendar calendar) {
        Map<String, List<ServiceItem>> byDepartment = new TreeMap<>();
        applications.itemsOf(a).forEach(item -> byDepartment.computeIfAbsent(item.department, d -> new ArrayList<>()).add(item));
        byDepartment.forEach((department, items) -> {
            ApplicationTask task = new ApplicationTask();
            task.id = UUID.randomUUID();
            task.applicationId = a.id;
            task.department = department;
            task.itemCodes = items.stream().map(i -> i.code).toList();
            task.status = TaskStatus.PENDING;
            int promised = items.stream().mapToInt(i -> i.promisedLimitDays).max().orElse(0);
            task.promisedLimitDays = Math.min(promised, a.promisedLimitDays);
            task.statutoryLimitDays = items.stream().map(i -> i.statutoryLimitDays).filter(Objects::nonNull)
                    .max(Integer::compareTo).orElse(null);
            task.itemClocks = items.stream().filter(i -> i.statutoryLimitDays != null).map(ItemClock::of).toList();
            task.setDeadlines(calendar, a);
            task.persist();
        });
    }

    @Transactional
    public ApplicationView refuse(UUID id, String reason) {
        Application a = applications.lockForDesk(id);
        Lifecycle.next(a.status, Step.REFUSE);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "不予受理 must state its reason");
        }
        ApplicationStatus from = a.status;
        a.status = ApplicationStatus.NOT_ACCEPTED;
        a.concludedAt = log.now();
        a.supplementDueOn = null;
        log.touch(a);
        log.record(a, Step.REFUSE, from, a.status, access.actor(), Notices.refused(a, reason.strip()), reason.strip());
        return applications.view(a);
    }

    @Transactional
    public ApplicationView requestSupplement(UUID id, List<String> items, String note) {
        Application a = applications.lockForDesk(id);
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.REQUEST_SUPPLEMENT);
        WorkingCalendar calendar = calendars.current();
        LocalDate today = calendars.today();
        if (a.supplementRequested) {
            throw ProblemException.conflict("补正 is notified once and completely; application " + a.referenceNumber
                    + " was already asked on an earlier day. Allowed now: " + List.of(Step.ACCEPT,
                    Step.ACCEPT_WITH_DEFICIENCY, Step.REFUSE));
        }
        if (!ClockRules.maySupplementBeRequested(calendar, a.intakeDate, today, false)) {
            throw ProblemException.conflict("The 5-working-day window for a 补正 notice closed on "
                    + ClockRules.supplementNoticeDeadline(calendar, a.intakeDate)
                    + "; the application counts as accepted from its intake on " + a.intakeDate);
        }
        if (items == null || items.isEmpty()) {
            throw ProblemException.invalidField("items", "list everything to supplement, at once");
        }
        a.status = to;
        a.supplementRequested = true;
        a.supplementItems = List.copyOf(items);
        a.supplementDueOn = calendar.addWorkingDays(today, ClockRules.SUPPLEMENT_NOTICE_WORKING_DAYS);
        log.touch(a);
        log.record(a, Step.REQUEST_SUPPLEMENT, from, to, access.actor(), Notices.supplementRequested(a, items, note), note);
        return applications.view(a);
    }

    /** The applicant reports the 补正 materials complete: every main material must be on file. */
    @Transactional
    public ApplicationView supplySupplement(UUID id) {
        Application a = applications.lockForApplicant(id);
        ApplicationStatus to = Lifecycle.next(a.status, Step.SUPPLY_SUPPLEMENT);
        List<Problem.FieldError> errors = applications.missingMainMaterials(a);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        ApplicationStatus from = a.status;
        a.status = to;
        a.supplementDueOn = null;
        if (a.channel == Channel.COUNTER) {
            a.visits++;
        }
        log.touch(a);
        log.record(a, Step.SUPPLY_SUPPLEMENT, from, to, access.actor(), Notice.NONE, "materials completed");
        return applications.view(a);
    }
}
