package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Publication;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period to publish as open data; {@code period} only in a list, {@code note} required for a revision. */
@Schema(name = "PublicationRequest", description = "A period to publish as open data (政府数据开放), with the note "
        + "a revision needs", example = """
        {"period": "2019-08", "note": "2019年8月月度统计发布"}""")
public record PublicationRequest(
        @Schema(description = "The period, YYYY-MM: required in a list; for one period optional, and then the path's",
                pattern = RequestParameters.PERIOD_PATTERN, example = "2019-08") String period,
        @Size(max = Publication.NOTE_LENGTH)
        @Schema(description = "What the publication is or what changed: optional for the first publication of a "
                + "period, required for a revision (e.g. after annual-report revisions, 年报修订)",
                maxLength = Publication.NOTE_LENGTH, nullable = true, example = "2019年8月月度统计发布")
        String note) {
}
