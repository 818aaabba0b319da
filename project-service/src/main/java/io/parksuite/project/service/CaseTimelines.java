package io.parksuite.project.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.PoisonEventException;
import io.parksuite.project.domain.CaseInterval;
import io.parksuite.project.domain.CaseTimeline;
import io.parksuite.project.domain.LeadTimeAttribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.parksuite.project.service.EventFields.constant;
import static io.parksuite.project.service.EventFields.date;
import static io.parksuite.project.service.EventFields.instant;
import static io.parksuite.project.service.EventFields.required;
import static io.parksuite.project.service.EventFields.requiredLong;
import static io.parksuite.project.service.EventFields.text;
import static io.parksuite.project.service.EventFields.uuid;

/**
 * Keeps the project's copy of the approval desk's case timelines (parksuite.approval.case-timeline.v1):
 * one per application, replaced whole by a higher aggregateVersion, for cases that name a project held
 * here and whose applicant may move it (the rule of {@link ApprovalReports}). The lead time of a project
 * ({@link LeadTimes}) is attributed from their intervals.
 */
@ApplicationScoped
public class CaseTimelines {

    public static final String TIMELINE = "parksuite.approval.case-timeline.v1";
    private static final String WHAT = "A case timeline";
    /** More intervals than any real case has: a timeline beyond it is not read. */
    private static final int MAX_INTERVALS = 2_000;

    private final ApprovalReports reports;
    private final ParkClock clock;

    public CaseTimelines(ApprovalReports reports, ParkClock clock) {
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
        String applicationId = required(data, "applicationId", WHAT);
        if (applicationId.length() > 64) {
            throw new PoisonEventException(WHAT + " with an applicationId longer than 64 characters");
        }
        List<CaseInterval> intervals = intervals(applicationId, data.get("intervals"));
        long version = requiredLong(data, "aggregateVersion", WHAT);
        if (reports.heldFor(event, projectId, applicationId) == null) {
            return;
        }
        CaseTimeline timeline = CaseTimeline.findById(applicationId);
        if (timeline != null && version <= timeline.aggregateVersion) {
            return;
        }
        if (timeline == null) {
            timeline = new CaseTimeline();
            timeline.applicationId = applicationId;
        } else {
            CaseInterval.delete("applicationId", applicationId);
        }
        timeline.projectId = projectId;
        timeline.referenceNumber = text(data, "referenceNumber");
        timeline.bundleCode = text(data, "bundleCode");
        timeline.itemCode = text(data, "itemCode");
        timeline.applicantUscc = text(data, "applicantUscc");
        timeline.officer = text(data, "officer");
        timeline.createdAt = instant(data, "createdAt");
        timeline.submittedAt = instant(data, "submittedAt");
        timeline.concludedAt = instant(data, "concludedAt");
        timeline.result = text(data, "result");
        timeline.aggregateVersion = version;
        timeline.recordedAt = clock.now();
        timeline.persist();
        timeline.flush();
        intervals.forEach(interval -> interval.persist());
    }

    private static List<CaseInterval> intervals(String applicationId, JsonNode list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray() || list.size() > MAX_INTERVALS) {
            throw new PoisonEventException(WHAT + "'s intervals must be an array of at most " + MAX_INTERVALS);
        }
        List<CaseInterval> intervals = new ArrayList<>();
        for (JsonNode node : list) {
            if (!node.isObject()) {
                throw new PoisonEventException(WHAT + " with an interval that is not an object");
            }
            CaseInterval interval = new CaseInterval();
            interval.applicationId = applicationId;
            interval.party = constant(node, "party", LeadTimeAttribution.Party.class, "A case interval");
            interval.kind = required(node, "kind", "A case interval");
            interval.department = text(node, "department");
            interval.firstDay = date(node, "firstDay");
            interval.lastDay = date(node, "lastDay");
            if (interval.firstDay == null || interval.lastDay == null) {
                throw new PoisonEventException("A case interval without firstDay or lastDay");
            }
            if (interval.lastDay.isBefore(interval.firstDay) || outOfRange(interval.firstDay)
                    || outOfRange(interval.lastDay)) {
                throw new PoisonEventException("A case interval from " + interval.firstDay + " to " + interval.lastDay
                        + ": lastDay must not be before firstDay, both in the years 1900 to 2100");
            }
            intervals.add(interval);
        }
        return intervals;
    }

    private static boolean outOfRange(LocalDate day) {
        return day.getYear() < 1900 || day.getYear() > 2100;
    }
}
