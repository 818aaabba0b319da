package io.parksuite.project.messaging;

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
 * project 签约 → 审批, a concluded one records the result.
 */
@ApplicationScoped
public class ApprovalEventsConsumer {

    static final String CONSUMER = "project-service.approval-reports";
    static final Set<String> TYPES = Set.of(ApprovalReports.SUBMITTED, ApprovalReports.CONCLUDED);

    private final IdempotentConsumer inbox;
    private final ApprovalReports reports;

    public ApprovalEventsConsumer(IdempotentConsumer inbox, ApprovalReports reports) {
        this.inbox = inbox;
        this.reports = reports;
    }

    @Incoming("approval-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, reports::apply);
    }
}
