package io.parksuite.project.messaging;

import io.parksuite.platform.calendar.LoadedCalendar;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.parksuite.project.service.ApprovalReports;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Follows the approval desk on {@code approval.events}: a submitted start-up application moves its
 * project 签约 → 审批, a concluded one records the result; a holiday notice loaded at the desk joins the calendar
 * this service counts working days on.
 */
@ApplicationScoped
public class ApprovalEventsConsumer {

    static final String CONSUMER = "project-service.approval-reports";
    static final Set<String> TYPES = Set.of(ApprovalReports.SUBMITTED, ApprovalReports.CONCLUDED,
            LoadedCalendar.YEAR_LOADED);

    private final IdempotentConsumer inbox;
    private final ApprovalReports reports;
    private final LoadedCalendar calendar;

    public ApprovalEventsConsumer(IdempotentConsumer inbox, ApprovalReports reports, LoadedCalendar calendar) {
        this.inbox = inbox;
        this.reports = reports;
        this.calendar = calendar;
    }

    @Incoming("approval-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, event -> {
            if (LoadedCalendar.YEAR_LOADED.equals(event.type())) {
                calendar.apply(event);
            } else {
                reports.apply(event);
            }
        });
    }
}
