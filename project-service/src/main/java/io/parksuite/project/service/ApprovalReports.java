package io.parksuite.project.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.http.UuidParameters;
import io.parksuite.platform.inbox.PoisonEventException;
import io.parksuite.project.domain.ApprovalResult;
import io.parksuite.project.domain.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads the approval desk's application events that carry a project id and hands them to the
 * stage machine. A tolerant reader: it relies only on applicationId, projectId, the applicant
 * (applicantUscc, or a natural person's applicantRef), result, aggregateVersion
 * and submittedAt / concludedAt, and ignores every other field; events without a project id, or
 * naming a project not held here, change nothing.
 * <p>
 * Naming a project is not enough to move it: an application counts for a project only when its
 * applicant is the project's investor (its applicantUscc is the project's investorUscc) or when it
 * names no applicant at all, which only the desk itself does, for the pre-filled start-up draft of a
 * project whose investor has no valid USCC. Any other application naming the project (another
 * enterprise's, a natural person's) is refused: announced as a {@link RefusedApplication}, counted
 * and logged once its transaction commits, and not applied.
 */
@ApplicationScoped
public class ApprovalReports {

    public static final String SUBMITTED = "parksuite.approval.application-submitted.v1";
    public static final String CONCLUDED = "parksuite.approval.application-concluded.v1";

    private final ProjectTransitions transitions;
    private final Event<RefusedApplication> refusals;
    private final ParkClock clock;

    public ApprovalReports(ProjectTransitions transitions, Event<RefusedApplication> refusals, ParkClock clock) {
        this.transitions = transitions;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** An application event naming a project that its applicant has no part in; not applied. */
    public record RefusedApplication(String eventId, String type, String applicationId, UUID projectId,
                                     String applicantUscc, boolean naturalPerson) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        UUID projectId = projectId(event.data());
        if (projectId == null) {
            return;
        }
        String applicationId = text(event.data(), "applicationId");
        if (applicationId == null) {
            throw new PoisonEventException("An application event without applicationId");
        }
        if (heldFor(event, projectId, applicationId) == null) {
            return;
        }
        if (SUBMITTED.equals(event.type())) {
            transitions.approvalSubmitted(projectId, applicationId, date(event, "submittedAt"), event.aggregateVersion());
        } else if (CONCLUDED.equals(event.type())) {
            transitions.approvalConcluded(projectId, applicationId, result(event.data()), date(event, "concludedAt"),
                    event.aggregateVersion());
        }
    }

    /**
     * The project an approval event of {@code applicationId} names, when it is held here and the event's applicant may
     * move it; null otherwise, a stranger's event announced as a {@link RefusedApplication}.
     */
    public Project heldFor(IncomingEvent event, UUID projectId, String applicationId) {
        Project project = Project.findById(projectId);
        if (project == null) {
            return null;
        }
        String applicantUscc = text(event.data(), "applicantUscc");
        boolean naturalPerson = text(event.data(), "applicantRef") != null;
        if (!mayMove(project, applicantUscc, naturalPerson)) {
            refusals.fire(new RefusedApplication(event.id(), event.type(), applicationId, projectId, applicantUscc,
                    naturalPerson));
            return null;
        }
        return project;
    }

    /** Whether an application of this applicant may move {@code project} (see the class comment). */
    static boolean mayMove(Project project, String applicantUscc, boolean naturalPerson) {
        if (applicantUscc == null) {
            return !naturalPerson;
        }
        return applicantUscc.equals(project.investorUscc);
    }

    private static UUID projectId(JsonNode data) {
        return UuidParameters.parse(text(data, "projectId")).orElse(null);
    }

    private static ApprovalResult result(JsonNode data) {
        String value = text(data, "result");
        if (value == null) {
            throw new PoisonEventException("A concluded application without result");
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "approved" -> ApprovalResult.APPROVED;
            case "denied" -> ApprovalResult.DENIED;
            default -> throw new PoisonEventException("Unknown approval result " + value);
        };
    }

    /** The business date (Asia/Shanghai) of an instant or date field; the event's time when absent. */
    private LocalDate date(IncomingEvent event, String field) {
        String value = text(event.data(), field);
        try {
            if (value != null && value.length() == 10) {
                return LocalDate.parse(value);
            }
            if (value != null) {
                return OffsetDateTime.parse(value).atZoneSameInstant(ParkClock.PARK_ZONE).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(field + " is not a date or an RFC 3339 instant: " + value);
        }
        return event.time() == null ? clock.today()
                : event.time().atZoneSameInstant(ParkClock.PARK_ZONE).toLocalDate();
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
