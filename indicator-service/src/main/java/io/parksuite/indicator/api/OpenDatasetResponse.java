package io.parksuite.indicator.api;

import io.parksuite.indicator.config.OpenDataLicence;
import io.parksuite.indicator.domain.OpenDataset;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.OpenData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** An open dataset's metadata, in the manner of CKAN and DCAT: what it is, under which licence, where. */
@Schema(name = "OpenDataset", description = "An open dataset of the catalogue (数据目录) with its metadata and "
        + "distributions, in the manner of CKAN and DCAT",
        requiredProperties = {"id", "titleZh", "titleEn", "descriptionZh", "descriptionEn", "keywords", "licence",
                "updateFrequency", "publisher", "periods", "url", "distributions", "fields"})
public record OpenDatasetResponse(
        @Schema(description = "The dataset's id: park-indicators, or indicator-<code> for one indicator's series",
                example = "park-indicators") String id,
        @Schema(description = "The indicator code of a series dataset; absent for park-indicators", nullable = true,
                example = "INDUSTRIAL_OUTPUT") String indicator,
        @Schema(description = "Title in Chinese", example = "望城经济技术开发区主要经济指标（月度）") String titleZh,
        @Schema(description = "Title in English",
                example = "Headline economic indicators of 望城经济技术开发区 (monthly)") String titleEn,
        @Schema(description = "Description in Chinese", example = "望城经济技术开发区每月统计发布的园区主要经济指标。")
        String descriptionZh,
        @Schema(description = "Description in English",
                example = "The park-level economic indicators of each monthly statistical release.")
        String descriptionEn,
        @Schema(description = "Keywords (CKAN tags)", example = "[\"经济指标\", \"统计发布\"]") List<String> keywords,
        @Schema(description = "The licence of every open dataset") Licence licence,
        @Schema(description = "How often the dataset gains a period (DCAT accrualPeriodicity): monthly",
                example = "monthly") String updateFrequency,
        @Schema(description = "Who publishes it: the park's administrative committee",
                example = "望城经济技术开发区管理委员会") String publisher,
        @Schema(description = "When its first period was first published, in Asia/Shanghai; absent while nothing is "
                + "published", nullable = true, example = "2017-03-20T10:00:00+08:00") OffsetDateTime issued,
        @Schema(description = "When it last changed (its latest publication), in Asia/Shanghai; absent while nothing "
                + "is published", nullable = true, example = "2019-09-20T10:00:00+08:00") OffsetDateTime lastModified,
        @Schema(description = "The published periods, YYYY-MM, oldest first", example = "[\"2019-07\", \"2019-08\"]")
        List<String> periods,
        @Schema(description = "This metadata's URL", format = "uri",
                example = "https://parksuite.example/api/v1/open-data/datasets/park-indicators") String url,
        @Schema(description = "The dataset in each format") List<Distribution> distributions,
        @Schema(description = "The columns of the data (CSV header titles and JSON names)") List<Field> fields) {

    /** The licence, stated once for the whole catalogue. */
    @Schema(name = "OpenDataLicence", description = "The licence of the open data",
            requiredProperties = {"id", "title", "url"})
    public record Licence(
            @Schema(description = "The licence's SPDX identifier", example = "CC-BY-4.0") String id,
            @Schema(description = "Its title", example = "知识共享署名 4.0 国际许可协议（CC BY 4.0）") String title,
            @Schema(description = "Its text", format = "uri",
                    example = "https://creativecommons.org/licenses/by/4.0/legalcode.zh-hans") String url) {
    }

    /** A distribution (CKAN resource): one format of the dataset and its URLs. */
    @Schema(name = "OpenDataDistribution", description = "The dataset in one format (a CKAN resource)",
            requiredProperties = {"format", "mediaType", "downloadUrl", "periodUrlTemplate"})
    public record Distribution(
            @Schema(description = "The format", example = "csv") OpenDataFormat format,
            @Schema(description = "Its media type", example = "text/csv; charset=UTF-8") String mediaType,
            @Schema(description = "Every published period, each in its latest revision", format = "uri",
                    example = "https://parksuite.example/api/v1/open-data/datasets/park-indicators/data?format=csv")
            String downloadUrl,
            @Schema(description = "One period's URL, {period} standing for YYYY-MM",
                    example = "https://parksuite.example/api/v1/open-data/datasets/park-indicators/periods/{period}?format=csv")
            String periodUrlTemplate) {
    }

    /** A column of the data. */
    @Schema(name = "OpenDataField", description = "A column of the data: its CSV header title and its JSON name",
            requiredProperties = {"name", "titleZh", "type"})
    public record Field(
            @Schema(description = "The JSON name", example = "ytdValue") String name,
            @Schema(description = "The CSV header title", example = "累计值") String titleZh,
            @Schema(description = "string, integer, number, boolean or date-time", example = "number") String type) {
    }

    static OpenDatasetResponse of(OpenData.Dataset entry, OpenDataLicence licence, OpenDataLinks links) {
        OpenDataset d = entry.dataset();
        List<Distribution> distributions = List.of(OpenDataFormat.JSON, OpenDataFormat.CSV).stream()
                .map(f -> new Distribution(f, f.mediaType, links.data(d.id(), f), links.periodTemplate(d.id(), f)))
                .toList();
        return new OpenDatasetResponse(d.id(), d.indicatorCode(), d.titleZh(), d.titleEn(), d.descriptionZh(),
                d.descriptionEn(), d.keywords(), new Licence(licence.id(), licence.title(), licence.url()), "monthly",
                entry.publisher(), time(entry.issued()), time(entry.modified()),
                entry.periods().stream().map(Period::toString).toList(), links.dataset(d.id()), distributions,
                OpenDataCsv.FIELDS);
    }

    private static OffsetDateTime time(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(Period.ZONE).toOffsetDateTime();
    }
}
