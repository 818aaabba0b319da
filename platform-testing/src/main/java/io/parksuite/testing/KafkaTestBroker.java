package io.parksuite.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.server.common.MetadataVersion;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * A real single-node KRaft Kafka broker in the test JVM, started once and shared by every test
 * class of the module. Topics named in the {@code topics} init argument (comma-separated) are
 * created up front with three partitions. If {@code KAFKA_BOOTSTRAP_SERVERS} is set, that broker is used instead.
 */
public class KafkaTestBroker implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;
    private static String bootstrapServers;
    private List<String> topics = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        String names = initArgs.getOrDefault("topics", "");
        topics = Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public Map<String, String> start() {
        String bootstrap = ensureStarted();
        createTopics(bootstrap, topics);
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    @Override
    public void stop() {
        // shared by all test classes of the JVM; it goes with the JVM
    }

    public static synchronized String bootstrapServers() {
        return ensureStarted();
    }

    private static synchronized String ensureStarted() {
        if (bootstrapServers != null) {
            return bootstrapServers;
        }
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            bootstrapServers = external;
            return bootstrapServers;
        }
        // A fault inside the broker, even while the JVM shuts down, must not end the test JVM
        // with an exit code of its own: Kafka's own test harnesses disable its exits the same way.
        Exit.setExitProcedure((status, message) -> System.err.println("In-process Kafka broker asked to exit: " + message));
        Exit.setHaltProcedure((status, message) -> System.err.println("In-process Kafka broker asked to halt: " + message));
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            cluster = kit;
            bootstrapServers = kit.bootstrapServers();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestBroker::shutdown, "kafka-test-broker-stop"));
            return bootstrapServers;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the in-process Kafka broker", e);
        }
    }

    private static void shutdown() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception ignored) {
            // the JVM is exiting
        }
    }

    private static void createTopics(String bootstrap, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (String name : names) {
                try {
                    admin.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + name, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
