package io.parksuite.project.messaging;

import io.parksuite.platform.calendar.LoadedCalendar;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.parksuite.project.service.ApprovalReports;
import io.parksuite.project.service.CaseTimelines;
import io.parksuite.project.service.FollowUps;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Follows the approval desk on {@code approval.events}: a submitted start-up application moves its
 * project 签约 → 审批, a concluded one records the result, and a follow-up (先建后验 verification and
 * the others) is copied to its project, where an open one holds 投产, and a concluded case's timeline
 * is kept for the project's lead-time attribution; a holiday notice loaded at the desk joins the calendar this
 * service counts working days on.
 */
@ApplicationScoped
public class ApprovalEventsConsumer {

    static final String CONSUMER = "project-service.approval-reports";
    static final Set<String> TYPES = Set.of(ApprovalReports.SUBMITTED, ApprovalReports.CONCLUDED, FollowUps.CHANGED,
            CaseTimelines.TIMELINE, LoadedCalendar.YEAR_LOADED);

    private final IdempotentConsumer inbox;
    private final ApprovalReports reports;
    private final FollowUps followUps;
    private final CaseTimelines timelines;
    private final LoadedCalendar calendar;

    public ApprovalEventsConsumer(IdempotentConsumer inbox, ApprovalReports reports, FollowUps followUps,
                                  CaseTimelines timelines, LoadedCalendar calendar) {
        this.inbox = inbox;
        this.reports = reports;
        this.followUps = followUps;
        this.timelines = timelines;
        this.calendar = calendar;
    }

    @Incoming("approval-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, this::handle);
    }

    /** One event of an accepted type, inside the transaction that records it as processed. */
    public void handle(IncomingEvent event) {
        if (FollowUps.CHANGED.equals(event.type())) {
            followUps.apply(event);
        } else if (CaseTimelines.TIMELINE.equals(event.type())) {
            timelines.apply(event);
        } else if (LoadedCalendar.YEAR_LOADED.equals(event.type())) {
            calendar.apply(event);
        } else {
            reports.apply(event);
        }
    }
}
