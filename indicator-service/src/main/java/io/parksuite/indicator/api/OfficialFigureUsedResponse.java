package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Lineage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An official figure record (官方发布数) a figure was taken from. */
@Schema(name = "OfficialFigureUsed", description = "An official figure record (官方发布数) the figure was taken from, "
        + "as recorded, and what it was used for",
        requiredProperties = {"park", "period", "use", "ytdValue", "source", "recordedAt"},
        example = "{\"park\": \"WANGCHENG_ETDZ\", \"period\": \"2019-08\", \"use\": \"OWN\", "
                + "\"ytdValue\": 15600000000.00, \"ytdGrowthPct\": 11.2, \"source\": \"长沙市统计局月报\", "
                + "\"publishedOn\": \"2019-09-20\", \"recordedBy\": \"statistician-li\", "
                + "\"recordedAt\": \"2019-09-21T02:00:00Z\"}")
public record OfficialFigureUsedResponse(
        @Schema(description = "The park's code", example = "WANGCHENG_ETDZ") String park,
        @Schema(description = "The record's period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "What the record was used for", example = "OWN") OfficialFigureUse use,
        @Schema(description = "The published year-to-date value", example = "15600000000.00") BigDecimal ytdValue,
        @Schema(description = "The published growth in percent", nullable = true, example = "11.2")
        BigDecimal ytdGrowthPct,
        @Schema(description = "Where it was published", example = "长沙市统计局月报") String source,
        @Schema(description = "When it was published", nullable = true, example = "2019-09-20") LocalDate publishedOn,
        @Schema(description = "Who recorded it here", nullable = true, example = "statistician-li") String recordedBy,
        @Schema(description = "When it was recorded here", example = "2019-09-21T02:00:00Z")
        OffsetDateTime recordedAt) {

    static OfficialFigureUsedResponse of(Lineage.OfficialInput input) {
        return new OfficialFigureUsedResponse(input.park(), input.period(),
                WireEnums.of(OfficialFigureUse.class, input.use()), input.ytdValue(), input.ytdGrowthPct(),
                input.source(), input.publishedOn(), input.recordedBy(), input.recordedAt());
    }
}
