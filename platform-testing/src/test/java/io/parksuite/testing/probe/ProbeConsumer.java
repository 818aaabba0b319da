package io.parksuite.testing.probe;

import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A consumer as the services write them, recording each registration it handles in
 * {@code probe_applied}. An enterprise named {@code assertion-error…} makes the handler throw an
 * {@link AssertionError}, a Java {@code Error} rather than an exception.
 */
@ApplicationScoped
public class ProbeConsumer {

    public static final String CONSUMER = "platform-test.probe";
    public static final String TYPE = "parksuite.enterprise.registered.v1";
    public static final String FAILING_NAME = "assertion-error";

    private final IdempotentConsumer inbox;
    private final EntityManager entityManager;

    public ProbeConsumer(IdempotentConsumer inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("probe-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, Set.of(TYPE), this::apply);
    }

    private void apply(IncomingEvent event) {
        String name = event.data().path("name").asText();
        if (name.startsWith(FAILING_NAME)) {
            throw new AssertionError("the probe handler refuses " + name);
        }
        entityManager.createNativeQuery("insert into probe_applied (event_id, uscc) values (?1, ?2)")
                .setParameter(1, event.id())
                .setParameter(2, event.data().path("uscc").asText())
                .executeUpdate();
    }
}
