package io.parksuite.project.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.PoisonEventException;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.domain.FollowUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

import static io.parksuite.project.service.EventFields.constant;
import static io.parksuite.project.service.EventFields.date;
import static io.parksuite.project.service.EventFields.instant;
import static io.parksuite.project.service.EventFields.required;
import static io.parksuite.project.service.EventFields.requiredLong;
import static io.parksuite.project.service.EventFields.requiredUuid;
import static io.parksuite.project.service.EventFields.text;
import static io.parksuite.project.service.EventFields.uuid;

/**
 * Keeps the project's copy of the approval desk's follow-ups (parksuite.approval.follow-up-changed.v1):
 * one row per followUpId, replaced only by a higher version, for follow-ups that name a project held
 * here and whose applicant may move it (the rule of {@link ApprovalReports}); a stranger's follow-up
 * is refused like a stranger's application. The copies let the stage machine hold a project before
 * 投产 while a 先建后验 verification is open, failed or revoked, and show a revocation on the project.
 */
@ApplicationScoped
public class FollowUps {

    public static final String CHANGED = "parksuite.approval.follow-up-changed.v1";
    private static final String WHAT = "A follow-up event";

    private final ProjectService projects;
    private final ApprovalReports reports;
    private final ParkClock clock;

    public FollowUps(ProjectService projects, ApprovalReports reports, ParkClock clock) {
        this.projects = projects;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        JsonNode data = event.data();
        UUID projectId = uuid(data, "projectId");
        if (projectId == null) {
            return;
        }
        UUID followUpId = requiredUuid(data, "followUpId", WHAT);
        String applicationId = required(data, "applicationId", WHAT);
        if (applicationId.length() > 64) {
            throw new PoisonEventException(WHAT + " with an applicationId longer than 64 characters");
        }
        long version = requiredLong(data, "version", WHAT);
        FollowUp.Kind kind = constant(data, "kind", FollowUp.Kind.class, WHAT);
        FollowUp.Status status = constant(data, "status", FollowUp.Status.class, WHAT);
        if (reports.heldFor(event, projectId, applicationId) == null) {
            return;
        }
        FollowUp copy = FollowUp.findById(followUpId);
        if (copy != null && version <= copy.version) {
            return;
        }
        if (copy == null) {
            copy = new FollowUp();
            copy.followUpId = followUpId;
        }
        copy.projectId = projectId;
        copy.applicationId = applicationId;
        copy.referenceNumber = text(data, "referenceNumber");
        copy.bundleCode = text(data, "bundleCode");
        copy.itemCode = text(data, "itemCode");
        copy.kind = kind;
        copy.department = text(data, "department");
        copy.status = status;
        copy.failed = data.path("failed").asBoolean(false) || status == FollowUp.Status.RECTIFYING
                || status == FollowUp.Status.REVOKED;
        copy.dueOn = date(data, "dueOn");
        copy.rectificationDueOn = date(data, "rectificationDueOn");
        copy.reason = text(data, "reason");
        copy.openedAt = instant(data, "openedAt");
        copy.concludedAt = instant(data, "concludedAt");
        copy.version = version;
        copy.recordedAt = clock.now();
        copy.persist();
    }

    /** The follow-ups of a project's applications, oldest first, if {@code caller} may see the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUp> of(Caller caller, UUID projectId) {
        return FollowUp.ofProject(projects.findFor(caller, projectId).id);
    }
}
