package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.BundlePromise;
import io.parksuite.approval.domain.ItemClock;
import io.parksuite.approval.domain.TaskStatus;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 延期 under 行政许可法 第42条: the head of the department may extend an item's statutory clock by the days the law
 * allows (ten working days) before its deadline, once, with the reason told to the applicant (it shows on the
 * application). An item whose own law sets its limit allows none. The extension moves that item's clock only, and
 * the task's statutory deadline where it was the latest; the promised deadline stays. A bundle's joint-handling
 * clock (45 working days) may be extended once by 15 under 第42条第2款.
 */
@ApplicationScoped
public class StatutoryExtensions {

    /** 第42条第2款: 经本级人民政府负责人批准，可以延长十五日. */
    static final int JOINT_EXTENSION_DAYS = 15;

    private final Applications applications;
    private final Access access;
    private final Calendars calendars;
    private final StepLog log;

    public StatutoryExtensions(Applications applications, Access access, Calendars calendars, StepLog log) {
        this.applications = applications;
        this.access = access;
        this.calendars = calendars;
        this.log = log;
    }

    @Transactional
    public ApplicationView extend(UUID id, UUID taskId, String itemCode, String approvedBy, String reason) {
        Application a = applications.lock(id);
        access.requireRead(a);
        ApplicationTask task = ApplicationTask.findById(taskId);
        if (task == null || !task.applicationId.equals(a.id)) {
            throw ProblemException.notFound("No task " + taskId + " in application " + a.referenceNumber);
        }
        access.requireDepartment(task.department);
        requireApproval(approvedBy, reason);
        if (a.status != ApplicationStatus.IN_REVIEW && a.status != ApplicationStatus.SPECIAL_PROCEDURE
                || task.status != TaskStatus.PENDING) {
            throw ProblemException.conflict("Only an undecided task of an application in review can be extended");
        }
        List<ItemClock> clocks = new ArrayList<>(task.itemClocks);
        int index = indexOf(clocks, itemCode);
        ItemClock clock = clocks.get(index);
        LocalDate today = calendars.today();
        if (clock.extensionDays() <= 0) {
            throw ProblemException.conflict(itemCode + "'s own law sets its time limit: 行政许可法 第42条 allows no extension");
        }
        if (clock.extension() != null) {
            throw ProblemException.conflict(itemCode + " was already extended on " + clock.extension().grantedOn());
        }
        if (today.isAfter(clock.statutoryDeadline())) {
            throw ProblemException.conflict(itemCode + "'s statutory deadline " + clock.statutoryDeadline()
                    + " has passed: an extension is approved before the deadline");
        }
        clocks.set(index, clock.extended(new ItemClock.Extension(clock.extensionDays(), approvedBy.strip(), reason.strip(),
                today)));
        task.itemClocks = clocks;
        task.setDeadlines(calendars.current(), a);
        log.touch(a);
        return applications.view(a);
    }

    /**
     * 第42条第2款: a bundle handled jointly has 45 working days; with the approval of the people's government's
     * responsible person, 15 more, once, before its deadline. Recorded by the desk.
     */
    @Transactional
    public ApplicationView extendJointHandling(UUID id, String approvedBy, String reason) {
        Application a = applications.lockForDesk(id);
        requireApproval(approvedBy, reason);
        if (a.bundleCode == null || a.statutoryLimitDays == null
                || a.statutoryLimitDays != BundlePromise.JOINT_HANDLING_CEILING_DAYS) {
            throw ProblemException.conflict("Only a bundle handled jointly has the 45-day clock 第42条第2款 lets extend");
        }
        if (a.status != ApplicationStatus.IN_REVIEW && a.status != ApplicationStatus.SPECIAL_PROCEDURE) {
            throw ProblemException.conflict("Only an application in review can be extended");
        }
        if (a.statutoryExtension != null) {
            throw ProblemException.conflict("The joint-handling limit was already extended on "
                    + a.statutoryExtension.grantedOn());
        }
        LocalDate today = calendars.today();
        if (today.isAfter(a.statutoryDeadline)) {
            throw ProblemException.conflict("The statutory deadline " + a.statutoryDeadline
                    + " has passed: an extension is approved before the deadline");
        }
        a.statutoryExtension = new ItemClock.Extension(JOINT_EXTENSION_DAYS, approvedBy.strip(), reason.strip(), today);
        a.setDeadlines(calendars.current());
        log.touch(a);
        return applications.view(a);
    }

    private static void requireApproval(String approvedBy, String reason) {
        if (approvedBy == null || approvedBy.isBlank()) {
            throw ProblemException.invalidField("approvedBy", "name who approved the extension");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "the applicant is told why the limit is extended");
        }
    }

    private static int indexOf(List<ItemClock> clocks, String itemCode) {
        for (int i = 0; i < clocks.size(); i++) {
            if (clocks.get(i).itemCode().equals(itemCode)) {
                return i;
            }
        }
        throw ProblemException.invalidField("itemCode", itemCode + " has no statutory clock in this task");
    }
}
