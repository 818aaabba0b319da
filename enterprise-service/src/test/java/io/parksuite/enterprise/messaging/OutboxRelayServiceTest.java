package io.parksuite.enterprise.messaging;

import io.parksuite.enterprise.EnterpriseRequests;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.platform.outbox.OutboxProducerFactory;
import io.parksuite.platform.outbox.OutboxRelay;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class OutboxRelayServiceTest {

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxProducerFactory producerFactory;

    @AfterEach
    void resumeRelay() {
        relay.resume();
    }

    @Test
    void whileTheRelayIsDownWritesContinueAndRowsWaitThenArePublishedInOrder() {
        relay.suspend();
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String uscc = TestUscc.random();
            EnterpriseRequests.post("park-admin", uscc, "顺序测试企业" + i).statusCode(201);
            usccs.add(uscc);
        }

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .until(() -> unpublished(usccs).size() == usccs.size());
        List<OutboxEvent> waiting = unpublished(usccs);

        relay.resume();

        List<ConsumerRecord<String, String>> records = TopicReader.read("enterprise.events",
                r -> usccs.contains(r.key()), usccs.size(), Duration.ofSeconds(30));
        assertEquals(usccs.size(), records.size());
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(usccs).isEmpty());

        Map<String, Long> positionByEventId = waiting.stream()
                .collect(Collectors.toMap(e -> e.id.toString(), e -> e.position));
        Map<Integer, List<ConsumerRecord<String, String>>> byPartition = records.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::partition));
        for (List<ConsumerRecord<String, String>> partition : byPartition.values()) {
            List<Long> positionsInOffsetOrder = partition.stream()
                    .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                    .map(r -> positionByEventId.get(TopicReader.header(r, "ce_id")))
                    .toList();
            List<Long> sorted = positionsInOffsetOrder.stream().sorted().toList();
            assertEquals(sorted, positionsInOffsetOrder, "records of a partition follow the outbox order");
        }
    }

    @Test
    void theRelayProducerIsIdempotentWithAcksAll() {
        ProducerConfig effective = new ProducerConfig(producerFactory.producerProperties());
        assertTrue(effective.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("-1", effective.getString(ProducerConfig.ACKS_CONFIG));
        assertTrue(effective.getInt(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION) <= 5);
    }

    private static List<OutboxEvent> unpublished(List<String> usccs) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "aggregateId in ?1 and publishedAt is null", Set.copyOf(usccs)));
    }
}
