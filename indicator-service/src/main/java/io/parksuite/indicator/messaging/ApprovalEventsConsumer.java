package io.parksuite.indicator.messaging;

import io.parksuite.indicator.service.ApplicationFacts;
import io.parksuite.indicator.service.ServiceItemFacts;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Keeps the copies the approval-desk KPIs are computed from, from {@code approval.events}: the
 * applications (办件, imported historical cases from their timelines) for the shares of
 * applications and the working days, the service-item
 * catalogue (事项清单) for the item-level 网上可办 / 全程网办 / 一次办 shares.
 */
@ApplicationScoped
public class ApprovalEventsConsumer {

    static final String CONSUMER = "indicator-service.approval-desk";
    static final Set<String> TYPES = Set.of("parksuite.approval.application-submitted.v1",
            "parksuite.approval.application-accepted.v1", "parksuite.approval.application-concluded.v1",
            "parksuite.approval.deadline-breached.v1", "parksuite.approval.rated.v1",
            "parksuite.approval.reminder-due.v1", ApplicationFacts.CASE_TIMELINE, ServiceItemFacts.CHANGED);

    private final IdempotentConsumer inbox;
    private final ApplicationFacts applications;
    private final ServiceItemFacts serviceItems;

    public ApprovalEventsConsumer(IdempotentConsumer inbox, ApplicationFacts applications,
                                  ServiceItemFacts serviceItems) {
        this.inbox = inbox;
        this.applications = applications;
        this.serviceItems = serviceItems;
    }

    @Incoming("approval-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, this::apply);
    }

    /** Routes one event to the copy it changes. */
    void apply(IncomingEvent event) {
        if (ServiceItemFacts.CHANGED.equals(event.type())) {
            serviceItems.apply(event);
        } else {
            applications.apply(event);
        }
    }
}
