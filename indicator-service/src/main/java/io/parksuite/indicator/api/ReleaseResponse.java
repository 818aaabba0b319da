package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Release;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A period's official release: when, and whether that moment has passed. */
@Schema(name = "Release", description = "A period's official release (统计发布): when, and whether it has passed",
        requiredProperties = {"period", "releasedAt", "released"}, example = """
        {"period": "2019-08", "releasedAt": "2019-09-20T10:00:00+08:00", "released": true}""")
public record ReleaseResponse(
        @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The release time, in Asia/Shanghai (+08:00)") OffsetDateTime releasedAt,
        @Schema(description = "true once the release time has passed: then every role reads the period's figures")
        boolean released) {

    static ReleaseResponse of(Release release, Instant now) {
        return new ReleaseResponse(release.period().toString(),
                release.releasedAt().atZoneSameInstant(Period.ZONE).toOffsetDateTime(),
                release.isReleasedAt(now));
    }
}
