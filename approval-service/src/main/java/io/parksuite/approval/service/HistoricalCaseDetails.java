package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.domain.FollowUpStatus;
import io.parksuite.approval.domain.FollowUpTask;
import io.parksuite.approval.domain.KnownProject;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.approval.messaging.ApprovalEvents;
import io.parksuite.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The parts of a historical case beyond its dates and decisions: the project it served, named by id or, as a file
 * prepared before the project was registered here can only do, by its name among the applicant's projects the desk
 * knows; and the 告知承诺 post-checks and 先建后验 verifications that followed it, with their dated outcome (or still
 * open), each announced as the desk announces its own.
 */
@ApplicationScoped
public class HistoricalCaseDetails {

    static final int MAX_FOLLOW_UPS = 20;
    private static final Set<FollowUpStatus> IMPORTABLE = Set.of(FollowUpStatus.OPEN, FollowUpStatus.PASSED,
            FollowUpStatus.WAIVED, FollowUpStatus.REVOKED);

    /** A follow-up of a historical case. */
    public record HistoricalFollowUp(FollowUpKind kind, String itemCode, LocalDate dueOn, FollowUpStatus status,
                                     OffsetDateTime concludedAt, String reason) {
    }

    private final ApprovalEvents events;

    public HistoricalCaseDetails(ApprovalEvents events) {
        this.events = events;
    }

    /** The project the case served: its id, or the applicant's project of that name; null if none or not known. */
    UUID project(HistoryImport.HistoricalCase c, String at, List<Problem.FieldError> errors) {
        if (c.projectName() == null) {
            return c.projectId();
        }
        if (c.projectId() != null) {
            errors.add(new Problem.FieldError(at + "projectName", "name the project by projectId or projectName, not both"));
            return null;
        }
        KnownProject project = KnownProject.find("investorUscc = ?1 and name = ?2", c.applicantUscc(), c.projectName())
                .firstResult();
        if (project == null) {
            errors.add(new Problem.FieldError(at + "projectName", "no project of this applicant named " + c.projectName()
                    + " is known (yet) to the desk"));
            return null;
        }
        return project.projectId;
    }

    void validate(HistoryImport.HistoricalCase c, String at, List<ServiceItem> items, List<Problem.FieldError> errors) {
        List<HistoricalFollowUp> followUps = c.followUps() == null ? List.of() : c.followUps();
        if (followUps.size() > MAX_FOLLOW_UPS) {
            errors.add(new Problem.FieldError(at + "followUps", "at most " + MAX_FOLLOW_UPS));
            return;
        }
        for (int j = 0; j < followUps.size(); j++) {
            HistoricalFollowUp f = followUps.get(j);
            String where = at + "followUps[" + j + "].";
            if (f == null || f.kind() == null || f.kind() == FollowUpKind.RECTIFICATION) {
                errors.add(new Problem.FieldError(where + "kind", "POST_CHECK or VERIFICATION"));
                continue;
            }
            if (items.stream().noneMatch(i -> i.code.equals(f.itemCode()))) {
                errors.add(new Problem.FieldError(where + "itemCode", "an item of the case"));
            }
            if (f.dueOn() == null || c.concludedAt() != null && f.dueOn().isBefore(c.concludedAt().toLocalDate())) {
                errors.add(new Problem.FieldError(where + "dueOn", "required, not before the case concluded"));
            }
            if (f.status() == null || !IMPORTABLE.contains(f.status())) {
                errors.add(new Problem.FieldError(where + "status", "one of " + IMPORTABLE));
            } else if ((f.status() == FollowUpStatus.OPEN) != (f.concludedAt() == null)
                    || f.concludedAt() != null && c.concludedAt() != null && f.concludedAt().isBefore(c.concludedAt())) {
                errors.add(new Problem.FieldError(where + "concludedAt", "after the case concluded, unless still OPEN"));
            }
            if (f.status() != null && f.status() != FollowUpStatus.OPEN && f.status() != FollowUpStatus.PASSED
                    && (f.reason() == null || f.reason().isBlank()) || f.reason() != null && f.reason().length() > 1000) {
                errors.add(new Problem.FieldError(where + "reason", "a waiver or revocation states its reason, "
                        + "at most 1000 characters"));
            }
        }
    }

    void store(Application a, HistoryImport.HistoricalCase c, List<ServiceItem> items) {
        if (c.followUps() == null) {
            return;
        }
        for (HistoricalFollowUp f : c.followUps()) {
            ServiceItem item = items.stream().filter(i -> i.code.equals(f.itemCode())).findFirst().orElseThrow();
            FollowUpTask task = new FollowUpTask();
            task.id = UUID.randomUUID();
            task.applicationId = a.id;
            task.kind = f.kind();
            task.department = item.department;
            task.itemCode = item.code;
            task.projectId = a.projectId;
            task.dueOn = f.dueOn();
            task.status = f.status();
            task.failed = f.status() == FollowUpStatus.REVOKED;
            task.reason = f.reason() == null ? null : f.reason().strip();
            task.note = (f.kind() == FollowUpKind.POST_CHECK ? "告知承诺核查：" : "先建后验验收：") + item.name;
            task.createdAt = a.concludedAt;
            task.concludedAt = f.concludedAt() == null ? null : f.concludedAt().withOffsetSameInstant(ZoneOffset.UTC);
            task.version = 1;
            task.persist();
            events.followUpChanged(a, task);
        }
    }
}
