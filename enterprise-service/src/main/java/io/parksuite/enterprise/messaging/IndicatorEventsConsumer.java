package io.parksuite.enterprise.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.enterprise.domain.Programme;
import io.parksuite.enterprise.domain.Shortfall;
import io.parksuite.enterprise.domain.Standing;
import io.parksuite.enterprise.service.CultivationFeed;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.parksuite.platform.inbox.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Takes indicator-service's 瞪羚 / 独角兽 assessments from {@code indicator.events} into the cultivation pool
 * (培育库, {@link CultivationFeed}). An assessment of an enterprise the registry does not know is poison: it is
 * dead-lettered with its reason, never retried.
 */
@ApplicationScoped
public class IndicatorEventsConsumer {

    static final String CONSUMER = "enterprise-service.cultivation";
    static final String GROWTH_CANDIDATE_FLAGGED = "parksuite.indicator.growth-candidate-flagged.v1";
    static final Set<String> TYPES = Set.of(GROWTH_CANDIDATE_FLAGGED);

    private final IdempotentConsumer inbox;
    private final CultivationFeed feed;

    public IndicatorEventsConsumer(IdempotentConsumer inbox, CultivationFeed feed) {
        this.inbox = inbox;
        this.feed = feed;
    }

    @Incoming("indicator-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, this::handle);
    }

    private void handle(IncomingEvent event) {
        try {
            feed.apply(assessment(event));
        } catch (CultivationFeed.UnknownEnterpriseException e) {
            throw new PoisonEventException(e.getMessage(), e);
        }
    }

    private static CultivationFeed.Assessment assessment(IncomingEvent event) {
        JsonNode data = event.data();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (JsonNode s : data.path("shortfalls")) {
            JsonNode actual = s.path("actual");
            shortfalls.add(new Shortfall(s.path("criterion").asText(), s.path("required").asText(),
                    actual.isNull() || actual.isMissingNode() ? null : actual.asText()));
        }
        return new CultivationFeed.Assessment(event.id(), data.path("uscc").asText(),
                Programme.valueOf(data.path("programme").asText()), Standing.valueOf(data.path("standing").asText()),
                data.path("assessedYear").asInt(), data.path("province").asText(),
                data.path("criteriaVersion").asText(), shortfalls,
                OffsetDateTime.parse(data.path("assessedAt").asText()), event.aggregateVersion());
    }
}
