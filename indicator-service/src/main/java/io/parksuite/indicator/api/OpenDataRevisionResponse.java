package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Publication;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One published revision of a period, with its note and where its figures stay readable. */
@Schema(name = "OpenDataRevision", description = "A published revision of a period: the first is the monthly "
        + "release, later ones carry a note saying what changed",
        requiredProperties = {"period", "revision", "publishedAt", "url", "csvUrl"}, example = """
        {"period": "2019-08", "revision": 2, "note": "按2019年统计年报修订：补报两家企业8月数据",
         "publishedAt": "2020-04-30T10:00:00+08:00",
         "url": "https://parksuite.example/api/v1/open-data/datasets/park-indicators/periods/2019-08/revisions/2?format=json",
         "csvUrl": "https://parksuite.example/api/v1/open-data/datasets/park-indicators/periods/2019-08/revisions/2?format=csv"}""")
public record OpenDataRevisionResponse(
        @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The revision: 1 for the monthly release", minimum = "1", example = "2") int revision,
        @Schema(description = "What changed (required from revision 2 on)", nullable = true,
                example = "按2019年统计年报修订：补报两家企业8月数据") String note,
        @Schema(description = "When it was published, in Asia/Shanghai (+08:00)",
                example = "2020-04-30T10:00:00+08:00") OffsetDateTime publishedAt,
        @Schema(description = "The revision's figures as JSON", format = "uri",
                example = "https://parksuite.example/api/v1/open-data/datasets/park-indicators/periods/2019-08/revisions/2?format=json")
        String url,
        @Schema(description = "The revision's figures as CSV", format = "uri",
                example = "https://parksuite.example/api/v1/open-data/datasets/park-indicators/periods/2019-08/revisions/2?format=csv")
        String csvUrl) {

    static OpenDataRevisionResponse of(Publication p, String dataset, OpenDataLinks links) {
        return new OpenDataRevisionResponse(p.period().toString(), p.revision(), p.note(),
                p.publishedAt().atZoneSameInstant(Period.ZONE).toOffsetDateTime(),
                links.revision(dataset, p.period(), p.revision(), OpenDataFormat.JSON),
                links.revision(dataset, p.period(), p.revision(), OpenDataFormat.CSV));
    }
}
