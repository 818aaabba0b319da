package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Lineage;
import io.parksuite.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** 数据溯源: a served figure with the inputs it was computed from. */
@Schema(name = "Lineage", description = "数据溯源: a figure as the dashboard, breakdown, series and exports serve it, "
        + "with what it was computed from. For a figure summed from reports, statistician and park-admin get the "
        + "contributing enterprises, a page at a time (enterpriseLevel true); every other role the disclosure-safe "
        + "lineage: counts, rules and the withheld cells, without any enterprise and without the reason a cell is "
        + "withheld.",
        requiredProperties = {"code", "nameZh", "unit", "period", "dimension", "member", "source", "enterpriseLevel",
                "figure", "rules", "officialFigures", "activityInputs", "counts", "withheldCells"},
        example = "{\"code\": \"INDUSTRIAL_OUTPUT\", \"nameZh\": \"规模工业总产值\", \"unit\": \"元\", "
                + "\"period\": \"2019-08\", \"dimension\": \"PARK\", \"member\": \"PARK\", \"source\": \"REPORTS\", "
                + "\"enterpriseLevel\": false, \"figure\": " + IndicatorFigureResponse.EXAMPLE + ", "
                + "\"rules\": {\"scope\": \"ABOVE_SCALE\", \"classificationYear\": 2019, \"baseYear\": 2018, "
                + "\"cellRule\": \"规上：2019年规模以上工业企业名录中的企业；园区合计\", "
                + "\"ytdRule\": \"1–8月累计：2019年2–8月各月现行报表版本之和\", "
                + "\"baseRule\": \"同口径：按2019年口径归入本单元的同一批企业，其2018年同期现行报表之和\"}, "
                + "\"totals\": {\"reporting\": 182, \"inYearToDate\": 184, \"inBase\": 176, \"contributors\": 186, "
                + "\"value\": 9200000000.00, \"ytdValue\": 68000000000.00, \"priorValue\": 7500000000.00, "
                + "\"priorYtdValue\": 55100000000.00, \"yoyPct\": 23.4, \"monthYoyPct\": 22.7}, "
                + "\"officialFigures\": [], \"activityInputs\": [], \"counts\": [], \"withheldCells\": []}")
public record LineageResponse(
        @Schema(description = "Indicator code of the catalogue", example = "INDUSTRIAL_OUTPUT") String code,
        @Schema(description = "Chinese name", example = "规模工业总产值") String nameZh,
        @Schema(description = "Unit of the values", example = "元") String unit,
        @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The dimension of the figure's cell (an indicator's park figure may be a designation "
                + "cell, e.g. high-tech enterprises)", example = "PARK") CellDimension dimension,
        @Schema(description = "The cell's member; PARK for the park", example = "PARK") String member,
        @Schema(description = "Where the figure comes from", example = "REPORTS") IndicatorSource source,
        @Schema(description = "true when contributors names the enterprises (statistician and park-admin, figures "
                + "summed from reports)", example = "false") boolean enterpriseLevel,
        @Schema(description = "The figure as served to this caller") IndicatorFigureResponse figure,
        @Schema(description = "The rules the figure follows") LineageRulesResponse rules,
        @Schema(description = "The contributions summed (figures summed from reports); none for other sources",
                nullable = true) LineageTotalsResponse totals,
        @Schema(description = "One page of the contributing enterprises, by USCC (see contributorsPage); only in "
                + "the enterprise-level lineage", nullable = true) List<LineageContributorResponse> contributors,
        @Schema(description = "Which page contributors is, and how many contributors there are; only with "
                + "contributors", nullable = true) ContributorPageResponse contributorsPage,
        @Schema(description = "The official records an official figure was taken from (source OFFICIAL)")
        List<OfficialFigureUsedResponse> officialFigures,
        @Schema(description = "The monthly sums a project figure adds up (source PROJECTS)")
        List<LineageActivityInputResponse> activityInputs,
        @Schema(description = "What an approval-desk figure is a ratio, average or count of (source APPROVALS)")
        List<LineageCountResponse> counts,
        @Schema(description = "The cells of the figure's dimension (and the park total) withheld from roles that may "
                + "not see enterprise figures, without the reason")
        List<WithheldCellResponse> withheldCells) {

    static LineageResponse of(Lineage lineage, PageRequest page) {
        return new LineageResponse(lineage.code(), lineage.nameZh(), lineage.unit(), lineage.period(),
                WireEnums.of(CellDimension.class, lineage.dimension()), lineage.member(),
                WireEnums.of(IndicatorSource.class, lineage.source()), lineage.enterpriseLevel(),
                IndicatorFigureResponse.of(lineage.figure()), LineageRulesResponse.of(lineage.rules()),
                LineageTotalsResponse.of(lineage.totals()),
                lineage.contributors() == null ? null
                        : lineage.contributors().stream().map(LineageContributorResponse::of).toList(),
                lineage.contributors() == null ? null
                        : new ContributorPageResponse(page.page(), page.size(), lineage.totals().contributors()),
                lineage.officialFigures().stream().map(OfficialFigureUsedResponse::of).toList(),
                lineage.activityInputs().stream().map(LineageActivityInputResponse::of).toList(),
                lineage.counts().stream().map(LineageCountResponse::of).toList(),
                lineage.withheld().stream().map(WithheldCellResponse::of).toList());
    }
}
