package io.parksuite.indicator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** When indicator-service weighs ahead what a park leader's cockpit opens on (its warm-up). */
@ConfigMapping(prefix = "parksuite.indicator.warmup")
public interface CockpitWarmupConfig {

    /** Off where no cockpit is opened on this instance's answers. */
    @WithDefault("true")
    boolean enabled();

    /** How often the warm-up looks whether the reports changed. */
    @WithDefault("10s")
    Duration every();

    /** How long the reports must stay unchanged first: an intake still running is not chased. */
    @WithDefault("30s")
    Duration quiet();

    /**
     * The least time between two warm-ups: a registration or a correction changes what the reports
     * feed too, and a day of them must not read years of reports after each one.
     */
    @WithDefault("10m")
    Duration minInterval();
}
