import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Dead letters (死信) of the suite's consumers, listed and replayed: {@code deploy/suite dlq list}
 * and {@code deploy/suite dlq replay <topic>.dlq} run this single-file program with the Kafka
 * jars the suite already fetched. A replay re-sends each dead letter once to the topic it came
 * from (SmallRye's {@code dead-letter-topic} header, else the name {@code <consumer>.<topic>.dlq}),
 * with its key, value and headers minus the {@code dead-letter-*} ones. What was replayed is kept
 * as the committed offsets of the consumer group {@code parksuite-dlq-replay.<dlq-topic>}, so a
 * second replay sends only letters that arrived since; consumers drop the copy by its event id
 * wherever the original was applied.
 *
 * <pre>java -cp "$KAFKA_LIBS/*" DeadLetterReplay.java BOOTSTRAP list|replay [DLQ-TOPIC]</pre>
 */
public final class DeadLetterReplay {

    private static final String SUFFIX = ".dlq";
    private static final String GROUP_PREFIX = "parksuite-dlq-replay.";
    private static final String HEADER_PREFIX = "dead-letter-";
    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrap;

    private DeadLetterReplay(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[1].equals("list")) {
            new DeadLetterReplay(args[0]).list();
        } else if (args.length == 3 && args[1].equals("replay") && args[2].endsWith(SUFFIX)) {
            new DeadLetterReplay(args[0]).replay(args[2]);
        } else {
            System.err.println("usage: DeadLetterReplay BOOTSTRAP list | replay <topic>.dlq");
            System.exit(2);
        }
    }

    private void list() throws Exception {
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            topics = admin.listTopics().names().get().stream()
                    .filter(name -> name.endsWith(SUFFIX))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        System.out.printf("%-48s %8s %12s%n", "DEAD-LETTER TOPIC", "RECORDS", "NOT REPLAYED");
        for (String topic : topics) {
            try (KafkaConsumer<byte[], byte[]> consumer = consumer(topic)) {
                List<TopicPartition> partitions = partitions(consumer, topic);
                Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(Set.copyOf(partitions));
                long records = 0;
                long pending = 0;
                for (TopicPartition partition : partitions) {
                    long from = Math.max(start.get(partition), replayed(done, partition));
                    records += end.get(partition) - start.get(partition);
                    pending += Math.max(0, end.get(partition) - from);
                }
                System.out.printf("%-48s %8d %12d%n", topic, records, pending);
            }
        }
        if (topics.isEmpty()) {
            System.out.println("(no dead-letter topic yet)");
        }
    }

    private void replay(String dlqTopic) {
        int sent = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(dlqTopic);
                KafkaProducer<byte[], byte[]> producer = producer()) {
            List<TopicPartition> partitions = partitions(consumer, dlqTopic);
            if (partitions.isEmpty()) {
                throw new IllegalArgumentException("no topic " + dlqTopic);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(Set.copyOf(partitions));
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(start.get(partition), replayed(done, partition)));
            }
            // Only the letters present now: a replayed record that fails again lands after them.
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> letter : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(letter.topic(), letter.partition());
                    if (letter.offset() >= end.get(partition)) {
                        continue;
                    }
                    producer.send(new ProducerRecord<>(origin(letter, dlqTopic), null, letter.key(),
                            letter.value(), withoutDeadLetterHeaders(letter)));
                    progress.put(partition, new OffsetAndMetadata(letter.offset() + 1));
                    sent++;
                }
                producer.flush();
                if (!progress.isEmpty()) {
                    consumer.commitSync(progress);
                }
                for (TopicPartition partition : partitions) {
                    if (consumer.position(partition) >= end.get(partition)) {
                        consumer.pause(List.of(partition));
                    }
                }
            }
        }
        System.out.printf("%s: %d dead letter(s) re-sent%n", dlqTopic, sent);
    }

    /** The topic a dead letter came from: its header, else the DLQ's name minus consumer and suffix. */
    static String origin(ConsumerRecord<byte[], byte[]> letter, String dlqTopic) {
        Header header = letter.headers().lastHeader(HEADER_PREFIX + "topic");
        if (header != null && header.value() != null && header.value().length > 0) {
            return new String(header.value(), StandardCharsets.UTF_8);
        }
        String name = dlqTopic.substring(0, dlqTopic.length() - SUFFIX.length());
        int dot = name.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException(dlqTopic + " names no original topic (<consumer>.<topic>.dlq)");
        }
        return name.substring(dot + 1);
    }

    private static RecordHeaders withoutDeadLetterHeaders(ConsumerRecord<byte[], byte[]> letter) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith(HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static long replayed(Map<TopicPartition, OffsetAndMetadata> done, TopicPartition partition) {
        OffsetAndMetadata offset = done.get(partition);
        return offset == null ? 0 : offset.offset();
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        return partitions;
    }

    private KafkaConsumer<byte[], byte[]> consumer(String dlqTopic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_PREFIX + dlqTopic);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
