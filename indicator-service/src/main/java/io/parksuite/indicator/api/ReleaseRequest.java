package io.parksuite.indicator.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** When a period's figures are (or are to be) officially released; {@code period} only in a list. */
@Schema(name = "ReleaseRequest", description = "When a period's figures are (or are to be) officially released",
        example = """
        {"period": "2019-08", "releasedAt": "2019-09-20T10:00:00+08:00"}""")
public record ReleaseRequest(
        @Schema(description = "The period, YYYY-MM: required in a list; for one period optional, and then the path's",
                pattern = RequestParameters.PERIOD_PATTERN, example = "2019-08") String period,
        @NotNull @Schema(description = "The release time; not before the period is over",
                example = "2019-09-20T10:00:00+08:00") OffsetDateTime releasedAt) {
}
