package io.parksuite.indicator.messaging;

import io.parksuite.indicator.service.ApplicationFacts;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Keeps the application copies the approval-desk KPIs are computed from, from {@code approval.events}. */
@ApplicationScoped
public class ApprovalEventsConsumer {

    static final String CONSUMER = "indicator-service.approval-desk";
    static final Set<String> TYPES = Set.of("parksuite.approval.application-submitted.v1",
            "parksuite.approval.application-accepted.v1", "parksuite.approval.application-concluded.v1",
            "parksuite.approval.deadline-breached.v1", "parksuite.approval.rated.v1",
            "parksuite.approval.reminder-due.v1");

    private final IdempotentConsumer inbox;
    private final ApplicationFacts applications;

    public ApprovalEventsConsumer(IdempotentConsumer inbox, ApplicationFacts applications) {
        this.inbox = inbox;
        this.applications = applications;
    }

    @Incoming("approval-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, applications::apply);
    }
}
