package io.parksuite.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own {@code EndToEndLatency} tool (acks=all, 100-byte records) on the suite's broker, in a
 * child JVM from the Kafka distribution's jars: the floor a benchmark's event lag is compared with.
 */
final class KafkaEndToEndLatency {

    private static final String BOOTSTRAP = System.getProperty("bench.kafka.bootstrap",
            Optional.ofNullable(System.getenv("KAFKA_BOOTSTRAP_SERVERS")).filter(s -> !s.isBlank())
                    .orElse("127.0.0.1:9092"));
    private static final String LIBS = System.getProperty("bench.kafka.libs", "../../.tools/kafka-4.3.1/libs");
    private static final String TOPIC = "bench.e2e-latency";
    private static final Pattern PERCENTILES =
            Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99\\.9th = (\\d+)");
    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([0-9.]+) ms");

    private final int messages;
    private final Path log;
    private final Process process;

    private KafkaEndToEndLatency(int messages, Path log, Process process) {
        this.messages = messages;
        this.log = log;
        this.process = process;
    }

    /** Starts the tool for {@code messages} round trips; its output goes to {@code log}. */
    static KafkaEndToEndLatency start(int messages, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", Path.of(LIBS).toAbsolutePath() + "/*", "org.apache.kafka.tools.EndToEndLatency",
                BOOTSTRAP, TOPIC, String.valueOf(messages), "all", "100")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new KafkaEndToEndLatency(messages, log, process);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits for the tool and returns its figures in milliseconds (messages, avg, p50, p99, p999),
     * or only {@code failed}, naming the log, when it failed or printed nothing readable.
     */
    Map<String, Object> figures() throws IOException, InterruptedException {
        Map<String, Object> figures = new LinkedHashMap<>();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            figures.put("failed", "did not finish within a minute, see target/bench/" + log.getFileName());
            return figures;
        }
        String output = Files.readString(log);
        Matcher percentiles = PERCENTILES.matcher(output);
        Matcher average = AVERAGE.matcher(output);
        if (process.exitValue() != 0 || !percentiles.find() || !average.find()) {
            figures.put("failed", "see target/bench/" + log.getFileName());
            return figures;
        }
        figures.put("messages", messages);
        figures.put("acks", "all");
        figures.put("avg", Double.parseDouble(average.group(1)));
        figures.put("p50", Long.parseLong(percentiles.group(1)));
        figures.put("p99", Long.parseLong(percentiles.group(2)));
        figures.put("p999", Long.parseLong(percentiles.group(3)));
        return figures;
    }
}
