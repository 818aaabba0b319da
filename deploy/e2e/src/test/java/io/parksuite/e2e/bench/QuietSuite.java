package io.parksuite.e2e.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Waits for a seeded service's events to be consumed: until the service has published its whole
 * outbox and every active consumer group of its topic has read up to the end, so that what a
 * benchmark measures next does not compete with a backlog for the machine's cores.
 */
final class QuietSuite {

    private static final String KAFKA = Optional.ofNullable(System.getenv("KAFKA_BOOTSTRAP_SERVERS"))
            .filter(s -> !s.isBlank()).orElse("127.0.0.1:9092");
    private static final long WAIT_SECONDS = Long.getLong("bench.consumerWaitSeconds", 900);

    private QuietSuite() {
    }

    /**
     * Waits at most {@code bench.consumerWaitSeconds} for the backlog of {@code database}'s outbox on
     * {@code topic}; the figures say how long that took and whether the consumers had caught up.
     */
    static Map<String, Object> await(String database, String topic) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        long start = System.nanoTime();
        long deadline = start + WAIT_SECONDS * 1_000_000_000L;
        while (Long.parseLong(psql(database, "select count(*) from outbox_event where published_at is null")) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
        }
        figures.put("outboxPublishedSeconds", seconds(start));
        long lag = Long.MAX_VALUE;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA))) {
            while (System.nanoTime() < deadline && (lag = lag(admin, topic)) > 0) {
                Thread.sleep(1_000);
            }
        }
        figures.put("consumersCaughtUp", lag == 0);
        figures.put("consumerLagLeft", lag);
        figures.put("waitedSeconds", seconds(start));
        return figures;
    }

    /**
     * Waits at most {@code bench.consumerWaitSeconds} until no autovacuum worker is busy in
     * {@code database}, as after a bulk load of a million rows; returns the seconds waited.
     */
    static double awaitVacuumed(String database) throws Exception {
        long start = System.nanoTime();
        long deadline = start + WAIT_SECONDS * 1_000_000_000L;
        while (Long.parseLong(psql(database, "select count(*) from pg_stat_activity "
                + "where backend_type = 'autovacuum worker' and datname = current_database()")) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
        }
        return seconds(start);
    }

    /** Records of {@code topic} not yet read by the consumer groups that have members. */
    private static long lag(Admin admin, String topic) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        for (GroupListing group : admin.listGroups().all().get()) {
            GroupState state = group.groupState().orElse(GroupState.UNKNOWN);
            if (state == GroupState.EMPTY || state == GroupState.DEAD) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            if (partitions.stream().noneMatch(committed::containsKey)) {
                continue;
            }
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                lag += ends.get(partition).offset() - (offset == null ? 0 : offset.offset());
            }
        }
        return lag;
    }

    static String psql(String database, String sql) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("psql", "-v", "ON_ERROR_STOP=1", "-qtA", "-h",
                Optional.ofNullable(System.getenv("DB_HOST")).orElse("127.0.0.1"), "-U", database, "-d", database,
                "-c", sql).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse(""));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
    }
}
