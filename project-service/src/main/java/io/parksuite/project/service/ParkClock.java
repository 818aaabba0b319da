package io.parksuite.project.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Today and now as the pipeline's rules read them: business dates in the park's time zone
 * (Asia/Shanghai), recorded instants in UTC, both from the injected {@link Clock} so that a test can
 * run the rules as of another day.
 */
@ApplicationScoped
public class ParkClock {

    public static final ZoneId PARK_ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    public ParkClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PARK_ZONE);
    }

    public YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    /** The instant a change is recorded at, in UTC. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
