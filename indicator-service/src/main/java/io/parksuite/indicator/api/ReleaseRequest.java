package io.parksuite.indicator.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** When a period's figures are (or are to be) officially released; {@code period} only in a list. */
@Schema(name = "ReleaseRequest", example = """
        {"period": "2019-08", "releasedAt": "2019-09-20T10:00:00+08:00"}""")
public record ReleaseRequest(String period, @NotNull OffsetDateTime releasedAt) {
}
