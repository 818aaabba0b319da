package io.parksuite.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the audit trail: what counts as confidential, how often the chain grows and is anchored. */
@ConfigMapping(prefix = "parksuite.audit")
public interface AuditConfig {

    /** Whether requests are recorded at all. */
    @WithDefault("true")
    boolean enabled();

    /**
     * A regular expression over request paths whose successful reads are confidential (enterprise
     * statistics, personal data) and therefore recorded; none when absent.
     */
    Optional<String> confidentialPaths();

    /** How often committed entries are linked into the hash chain. */
    @WithDefault("5s")
    Duration chainEvery();

    /** How often the chain's head is published to {@link #headsTopic()}. */
    @WithDefault("1m")
    Duration headEvery();

    /** The topic every service publishes its chain heads to, keyed by service. */
    @WithDefault("audit.heads")
    String headsTopic();

    /** Entries reserved by requests in flight or waiting to be written; beyond it API requests wait. */
    @WithDefault("10000")
    int queueCapacity();

    /**
     * How long the writer lets entries gather after the first before it inserts them: under a stream
     * of requests, fewer and larger inserts; an entry reaches the table at most this much later.
     */
    @WithDefault("50ms")
    Duration batchLinger();

    /** How long an API request waits for room in a full backlog before it is refused with 503. */
    @WithDefault("2s")
    Duration backlogWait();

    /** How long entries are kept: at least six months (网络安全法 第21条), which the database enforces too. */
    @WithDefault("400d")
    Duration retention();
}
