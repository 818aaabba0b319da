package io.parksuite.indicator.service;

import io.parksuite.indicator.config.CockpitWarmupConfig;
import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Release;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 预热: weighs ahead what a park leader's cockpit opens on, once the reports have changed and then
 * stayed unchanged for a quiet period: the leader's dashboard of the latest released period and the
 * disclosure tallies of the industrial chains over the chain panel's two years. Without it the
 * first leader to open the cockpit after the statistics office's monthly intake waits while years
 * of reports are read and weighed (seconds at 480,000 reports a year); with it that leader is
 * served from what was kept. Each instance warms its own caches, after a restart too, and at most
 * once per minimum interval however often the reports change.
 */
@ApplicationScoped
public class CockpitWarmup {

    private static final Logger LOG = Logger.getLogger(CockpitWarmup.class);
    /** The chain panel's 24 months span up to three years, each weighed with the year before it. */
    private static final int CHAIN_YEARS = 4;

    private final CockpitWarmupConfig config;
    private final SourceGenerations sources;
    private final Releases releases;
    private final Dashboards dashboards;
    private final DisclosureStatistics statistics;
    private final Clock clock;
    private long seen = -1;
    private Instant seenAt = Instant.MIN;
    private long warmed = -1;
    private Instant warmedAt = Instant.MIN;

    public CockpitWarmup(CockpitWarmupConfig config, SourceGenerations sources, Releases releases,
                         Dashboards dashboards, DisclosureStatistics statistics, Clock clock) {
        this.config = config;
        this.sources = sources;
        this.releases = releases;
        this.dashboards = dashboards;
        this.statistics = statistics;
        this.clock = clock;
    }

    @Scheduled(every = "${parksuite.indicator.warmup.every:10s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.enabled()) {
            return;
        }
        try {
            step();
        } catch (RuntimeException e) {
            LOG.warnf("The cockpit warm-up failed (%s); it is tried again later",
                    e.toString());
        }
    }

    /**
     * Warms when the REPORTS generation has stayed the same for the quiet period, was not warmed
     * yet and the last attempt is at least the minimum interval ago; true when it warmed. A warm-up
     * that fails (the database gone) leaves the generation unwarmed, so it is tried again.
     */
    synchronized boolean step() {
        long reports = sources.current().reports();
        Instant now = clock.instant();
        if (reports != seen) {
            seen = reports;
            seenAt = now;
            return false;
        }
        if (reports == warmed || now.isBefore(seenAt.plus(config.quiet()))
                || now.isBefore(warmedAt.plus(config.minInterval()))) {
            return false;
        }
        warmedAt = now;
        latestReleased().ifPresent(this::warm);
        warmed = reports;
        return true;
    }

    /** Weighs what the cockpit of {@code period} needs for a caller who may not see enterprise figures. */
    void warm(Period period) {
        long started = System.nanoTime();
        dashboards.dashboard(period, false);
        for (int year = period.year() - CHAIN_YEARS + 1; year <= period.year(); year++) {
            statistics.tally(year, Cell.Dimension.CHAIN);
        }
        LOG.infof("Cockpit of %s weighed ahead in %d ms", period, (System.nanoTime() - started) / 1_000_000);
    }

    private Optional<Period> latestReleased() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return releases.list().stream().filter(release -> !release.releasedAt().isAfter(now))
                .map(Release::period).max(Period::compareTo);
    }
}
