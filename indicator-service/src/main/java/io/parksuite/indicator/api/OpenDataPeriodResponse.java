package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Publication;
import io.parksuite.indicator.service.OpenData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A dataset's figures of one period, as published in one revision. */
@Schema(name = "OpenDataPeriod", description = "A dataset's figures of one period as published in one revision "
        + "(政府数据开放); withheld figures carry no value",
        requiredProperties = {"dataset", "period", "revision", "issued", "modified", "park", "parkName", "indicators"},
        example = """
        {"dataset": "park-indicators", "period": "2019-08", "revision": 1, "note": "2019年8月月度统计发布",
         "issued": "2019-09-20T10:00:00+08:00", "modified": "2019-09-20T10:00:00+08:00",
         "park": "WANGCHENG_ETDZ", "parkName": "望城经济技术开发区", "indicators": [
         {"code": "TAX", "nameZh": "税收", "nameEn": "Tax revenue", "unit": "元", "ytdLabel": "1–8月",
          "value": 310000000.00, "ytdValue": 2450000000.00, "yoyPct": 12.5, "source": "REPORTS",
          "suppressed": false}]}""")
public record OpenDataPeriodResponse(
        @Schema(description = "The dataset's id", example = "park-indicators") String dataset,
        @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The revision these figures are: 1 is the monthly release", minimum = "1", example = "1")
        int revision,
        @Schema(description = "The revision's note", nullable = true, example = "2019年8月月度统计发布") String note,
        @Schema(description = "When the period was first published (revision 1), in Asia/Shanghai",
                example = "2019-09-20T10:00:00+08:00") OffsetDateTime issued,
        @Schema(description = "When this revision was published, in Asia/Shanghai",
                example = "2019-09-20T10:00:00+08:00") OffsetDateTime modified,
        @Schema(description = "The park code", example = "WANGCHENG_ETDZ") String park,
        @Schema(description = "The park's name", example = "望城经济技术开发区") String parkName,
        @Schema(description = "The figures, in catalogue order: every indicator for park-indicators, one for a "
                + "series dataset") List<OpenDataResource.OpenFigure> indicators) {

    static OpenDataPeriodResponse of(String dataset, OpenData.PublishedPeriod published) {
        Publication p = published.publication();
        return new OpenDataPeriodResponse(dataset, p.period().toString(), p.revision(), p.note(),
                published.issued().atZoneSameInstant(Period.ZONE).toOffsetDateTime(),
                p.publishedAt().atZoneSameInstant(Period.ZONE).toOffsetDateTime(), p.parkCode(), p.parkName(),
                published.figures().stream().map(OpenDataResource.OpenFigure::of).toList());
    }
}
