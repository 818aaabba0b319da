package io.parksuite.chaos.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings of a chaos run, from system properties ({@code -Dchaos.mode=quick|full},
 * {@code -Dchaos.scenarios=1,3}) and the environment the suite was started with. Full mode uses
 * the durations issue 14 names; quick mode shortens them so that the nine scenarios fit in eight
 * minutes, while each outage still outlasts the consumers' stuck-record limit.
 */
public final class Chaos {

    /** Longest time from a fault's end until every read model matches the record of accepted writes. */
    public static final Duration CONVERGENCE_LIMIT = Duration.ofSeconds(120);

    private Chaos() {
    }

    public static boolean full() {
        return "full".equalsIgnoreCase(System.getProperty("chaos.mode", "quick"));
    }

    public static String mode() {
        return full() ? "full" : "quick";
    }

    /** The scenarios selected by {@code chaos.scenarios}; empty means all. */
    public static Set<Integer> selected() {
        String value = System.getProperty("chaos.scenarios", "").trim();
        if (value.isEmpty() || "all".equalsIgnoreCase(value)) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    /** Writes per second of the load driver (at least 20, as the issue asks). */
    public static int writeRate() {
        return Integer.getInteger("chaos.rate", 24);
    }

    /** {@code full} when running the durations, else the quick one. */
    public static Duration pick(Duration full, Duration quick) {
        return full() ? full : quick;
    }

    public static int pick(int full, int quick) {
        return full() ? full : quick;
    }

    /**
     * The stuck-record limit the services run with: {@code PARKSUITE_INBOX_STUCK_AFTER} as
     * {@code deploy/suite up} saved it for its instances, else the platform's default of 60 s.
     */
    public static Duration stuckAfter() {
        String value = suiteSetting("PARKSUITE_INBOX_STUCK_AFTER").orElse("60s");
        return Duration.parse("PT" + value.toUpperCase());
    }

    /** {@code duration}, or longer if needed to outlast the stuck-record limit and its 5 s check by 10 s. */
    public static Duration outlasting(Duration duration) {
        Duration least = stuckAfter().plusSeconds(15);
        return duration.compareTo(least) >= 0 ? duration : least;
    }

    /** A variable the suite's services were started with ({@code .state/run/service.env}, NUL-separated). */
    public static Optional<String> suiteSetting(String name) {
        try {
            String saved = Files.readString(root().resolve(".state/run/service.env"));
            return Arrays.stream(saved.split("\u0000")).filter(entry -> entry.startsWith(name + "="))
                    .map(entry -> entry.substring(name.length() + 1)).reduce((first, last) -> last);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static String gatewayUrl() {
        return env("GATEWAY_URL").orElse("http://127.0.0.1:8080");
    }

    public static String kafkaBootstrap() {
        return env("KAFKA_BOOTSTRAP_SERVERS").orElse("127.0.0.1:9092");
    }

    public static String jdbcUrl(String database) {
        return env("DB_HOST_URL").orElse("jdbc:postgresql://127.0.0.1:5432/") + database;
    }

    /** The services' database password: {@code DB_PASSWORD}, else the suite's {@code .state/secrets.env}. */
    public static String dbPassword() {
        return env("DB_PASSWORD").orElseGet(() -> {
            Path secrets = root().resolve(".state/secrets.env");
            try {
                return Files.readAllLines(secrets).stream().filter(line -> line.startsWith("DB_PASSWORD="))
                        .map(line -> line.substring("DB_PASSWORD=".length())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no DB_PASSWORD in " + secrets));
            } catch (IOException e) {
                throw new IllegalStateException("DB_PASSWORD is unset and " + secrets + " cannot be read", e);
            }
        });
    }

    /** The repository root, where {@code deploy/suite} lives. */
    public static Path root() {
        Path dir = Path.of(System.getProperty("chaos.root", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            if (Files.isExecutable(at.resolve("deploy/suite"))) {
                return at;
            }
        }
        throw new IllegalStateException("deploy/suite not found above " + dir);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
