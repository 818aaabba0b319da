package io.parksuite.e2e;

import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestUscc;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What operators watch, on the running suite: one registration through the gateway moves the
 * producer's recorded-event counter and the consumer's processed count, and the outbox and
 * consumer-lag gauges are served; a poison record on the suite's broker is dead-lettered and
 * counted. Metrics are read from the services directly (the gateway does
 * not route {@code /q/metrics}), summed over both instances when the suite runs two
 * ({@code SUITE_REPLICAS=2}: the second on the first's port + 100).
 */
class ObservabilityE2ETest {

    private static final String HOST = Optional.ofNullable(System.getenv("SERVICES_HOST"))
            .filter(host -> !host.isBlank()).orElse("127.0.0.1");
    private static final int ENTERPRISE = 8081;
    private static final int INDICATOR = 8083;
    private static final int INSTANCES = "2".equals(System.getenv("SUITE_REPLICAS")) ? 2 : 1;
    private static final String REGISTERED = "type=\"parksuite.enterprise.registered.v1\"";
    private static final String CONSUMER = "consumer=\"indicator-service.enterprise-dimension\"";
    private static final String KAFKA = Optional.ofNullable(System.getenv("KAFKA_BOOTSTRAP_SERVERS"))
            .filter(servers -> !servers.isBlank()).orElse("127.0.0.1:9092");

    @Test
    void aRegistrationMovesTheProducersAndTheConsumersMetrics() {
        double recorded = metric(ENTERPRISE, "parksuite_events_recorded_total", REGISTERED);
        double processed = metric(INDICATOR, "parksuite_inbox_events_total", CONSUMER, "outcome=\"processed\"");

        String uscc = TestUscc.random();
        Gateway.request().auth().oauth2(SuiteTokens.forClient("park-admin", "e2e-observability"))
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "可观测性测试企业"}""".formatted(uscc))
                .when().post("/api/v1/enterprises")
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                metric(ENTERPRISE, "parksuite_events_recorded_total", REGISTERED) == recorded + 1);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                metric(INDICATOR, "parksuite_inbox_events_total", CONSUMER, "outcome=\"processed\"") >= processed + 1);

        String producer = metrics(ENTERPRISE);
        assertTrue(producer.contains("parksuite_outbox_backlog"), "outbox backlog gauge");
        assertTrue(producer.contains("parksuite_outbox_oldest_age_seconds"), "outbox age gauge");
        await().atMost(Duration.ofSeconds(40)).until(() -> instancePorts(INDICATOR).stream().anyMatch(port ->
                metrics(port).contains("parksuite_inbox_consumer_lag{channel=\"enterprise-events\"")));
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndCounted() throws Exception {
        double before = metric(INDICATOR, "parksuite_inbox_dead_lettered_total", CONSUMER, "reason=\"unparseable\"");

        ProducerRecord<String, String> poison = new ProducerRecord<>("enterprise.events", "e2e-poison", "{not json");
        poison.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_type", bytes("parksuite.enterprise.registered.v1"))
                .add("ce_source", bytes("/parksuite/enterprise-service"))
                .add("content-type", bytes("application/json"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(poison).get(10, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(20)).until(() ->
                metric(INDICATOR, "parksuite_inbox_dead_lettered_total", CONSUMER, "reason=\"unparseable\"") >= before + 1);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String metrics(int port) {
        return RestAssured.given().baseUri("http://" + HOST + ":" + port)
                .when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static List<Integer> instancePorts(int port) {
        return INSTANCES == 2 ? List.of(port, port + 100) : List.of(port);
    }

    /** The sum over a service's instances of the samples of {@code name} whose labels contain every one of {@code labels}. */
    private static double metric(int port, String name, String... labels) {
        return instancePorts(port).stream().flatMap(instance -> metrics(instance).lines())
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
