package io.parksuite.indicator.messaging;

import io.parksuite.indicator.service.ProjectFacts;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Keeps project copies, fixed-asset investment and stage counts from {@code project.events}. */
@ApplicationScoped
public class ProjectEventsConsumer {

    static final String CONSUMER = "indicator-service.projects";
    static final Set<String> TYPES = Set.of("parksuite.project.created.v1", "parksuite.project.updated.v1",
            "parksuite.project.stage-changed.v1", "parksuite.project.investment-reported.v1",
            "parksuite.project.funds-arrived.v1");

    private final IdempotentConsumer inbox;
    private final ProjectFacts projects;

    public ProjectEventsConsumer(IdempotentConsumer inbox, ProjectFacts projects) {
        this.inbox = inbox;
        this.projects = projects;
    }

    @Incoming("project-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, projects::apply);
    }
}
