package io.parksuite.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the outbox relay and of the retention of platform tables. */
@ConfigMapping(prefix = "parksuite.outbox")
public interface OutboxConfig {

    /** The Kafka topic this service publishes its events to; without one the relay does not run. */
    Optional<String> topic();

    /** Whether this instance runs a relay at all (every replica may; only one works at a time). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** Fallback poll interval when no commit notification arrives. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Longest pause between attempts while Kafka or the database is unavailable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /**
     * How long a batch's records may wait for Kafka's acknowledgement (the producer's delivery
     * timeout; metadata waits get half of it) before the batch is rolled back and retried. The
     * batch's transaction timeout is derived from it, so Kafka's timeouts always fire first.
     */
    @WithDefault("15s")
    Duration sendTimeout();

    /**
     * Fault injection only (deploy/suite chaos): a pause after Kafka acknowledged a batch and before
     * its rows are marked published, so an instance can be killed in that window. 0 (the default) is off.
     */
    @WithDefault("0s")
    Duration pauseBeforeMark();

    /** Published outbox rows older than this are purged. */
    @WithDefault("7d")
    Duration publishedRetention();

    /** Processed-event records older than this are purged. */
    @WithDefault("30d")
    Duration processedRetention();
}
