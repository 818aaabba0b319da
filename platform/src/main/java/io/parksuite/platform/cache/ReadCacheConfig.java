package io.parksuite.platform.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the read caches: whether they are used, how many rows each keeps and for how long at most. */
@ConfigMapping(prefix = "parksuite.read-cache")
public interface ReadCacheConfig {

    /** When off, every read goes to the database and no listener connection is held. */
    @WithDefault("true")
    boolean enabled();

    /** Rows kept per cache; the least recently used go first. */
    @WithDefault("10000")
    long maximumSize();

    /**
     * The longest a row is kept: a bound on staleness should a notification ever be lost without
     * the listener's connection failing. Changes normally reach the cache within milliseconds.
     */
    @WithDefault("5m")
    Duration maximumAge();

    /** How long the listener waits for a notification before it checks its connection with a round trip. */
    @WithDefault("5s")
    Duration connectionCheck();
}
