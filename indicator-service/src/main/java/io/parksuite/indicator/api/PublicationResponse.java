package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Publication;
import io.parksuite.indicator.service.Publications;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A revision of a period's open data, and whether the request that answers it created it. */
@Schema(name = "Publication", description = "A published revision of a period's open data (政府数据开放)",
        requiredProperties = {"period", "revision", "publishedBy", "publishedAt", "created", "url"}, example = """
        {"period": "2019-08", "revision": 1, "note": "2019年8月月度统计发布", "publishedBy": "statistician-01",
         "publishedAt": "2019-09-20T10:00:00+08:00", "created": true,
         "url": "https://parksuite.example/api/v1/open-data/datasets/park-indicators/periods/2019-08/revisions/1"}""")
public record PublicationResponse(
        @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The revision: 1 for the first publication of the period", minimum = "1", example = "1")
        int revision,
        @Schema(description = "The note published with the revision", nullable = true, example = "2019年8月月度统计发布")
        String note,
        @Schema(description = "Who published it (the token's subject)", example = "statistician-01") String publishedBy,
        @Schema(description = "When it was published, in Asia/Shanghai (+08:00)",
                example = "2019-09-20T10:00:00+08:00") OffsetDateTime publishedAt,
        @Schema(description = "false when the figures had not changed since the latest revision, which is answered "
                + "and nothing was published", example = "true") boolean created,
        @Schema(description = "The revision's open-data URL (JSON; add ?format=csv for CSV)", format = "uri",
                example = "https://parksuite.example/api/v1/open-data/datasets/park-indicators/periods/2019-08/revisions/1")
        String url) {

    static PublicationResponse of(Publications.Outcome outcome, OpenDataLinks links) {
        Publication p = outcome.publication();
        return new PublicationResponse(p.period().toString(), p.revision(), p.note(), p.publishedBy(),
                p.publishedAt().atZoneSameInstant(Period.ZONE).toOffsetDateTime(), outcome.created(),
                links.revision(links.headline(), p.period(), p.revision(), null));
    }
}
