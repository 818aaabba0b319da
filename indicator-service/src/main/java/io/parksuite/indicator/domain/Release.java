package io.parksuite.indicator.domain;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * 统计发布: the moment the figures of a period are officially released. Until then they are
 * disclosed to nobody outside the statistics office (统计法); from then on, to every role.
 */
public record Release(Period period, OffsetDateTime releasedAt, String recordedBy, OffsetDateTime recordedAt) {

    /** Figures are released after their period is over, never before: why {@code releasedAt} is not a release time of {@code period}, or null. */
    public static String timeError(Period period, OffsetDateTime releasedAt) {
        return releasedAt.toInstant().isBefore(period.end()) ? "must be after the end of " + period : null;
    }

    public boolean isReleasedAt(Instant now) {
        return !releasedAt.toInstant().isAfter(now);
    }
}
