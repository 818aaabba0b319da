package io.parksuite.indicator.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A dataset of the open-data catalogue (数据目录), in the manner of CKAN and the national open-data
 * portals: the park's headline indicators per month, or one indicator's monthly series. Every
 * dataset is cut from the same publications, so a period is in a dataset once it is published.
 */
public record OpenDataset(String id, String indicatorCode, String titleZh, String titleEn, String descriptionZh,
                          String descriptionEn, List<String> keywords) {

    public static final String HEADLINE = "park-indicators";
    private static final String SERIES_PREFIX = "indicator-";

    /** The park's headline indicators, every published period. */
    public static OpenDataset headline(String parkName) {
        return new OpenDataset(HEADLINE, null, parkName + "主要经济指标（月度）",
                "Headline economic indicators of " + parkName + " (monthly)",
                parkName + "每月统计发布的园区主要经济指标：当月值、1–X月累计值和同口径同比增速。数据经统计发布后公开，"
                        + "涉及企业统计资料的单元按统计法作保密处理（已抑制）；年报修订等更正以修订版本发布并附修订说明。",
                "The park-level economic indicators of each monthly statistical release: the month's value, the "
                        + "year-to-date value and its same-scope growth. Figures become open data when the period is "
                        + "published; cells that would disclose an enterprise's statistics are withheld; later "
                        + "corrections are published as revisions with a note.",
                List.of("经济指标", "统计发布", "经开区", "月度"));
    }

    /** One indicator's monthly series. */
    public static OpenDataset series(IndicatorDefinition indicator, String parkName) {
        return new OpenDataset(SERIES_PREFIX + indicator.code().toLowerCase(Locale.ROOT).replace('_', '-'),
                indicator.code(), parkName + indicator.nameZh() + "（月度序列）",
                indicator.nameEn() + ", " + parkName + " (monthly series)",
                indicator.nameZh() + "的月度序列，每个已发布报告期一行（计量单位：" + indicator.unit() + "）。"
                        + indicator.definition(),
                "The monthly series of " + indicator.nameEn() + ", one row per published period.",
                List.of("经济指标", "统计发布", indicator.nameZh()));
    }

    /** The indicator code a series dataset's id names, if it names one. */
    public static Optional<String> indicatorOf(String id) {
        if (id == null || !id.startsWith(SERIES_PREFIX) || !id.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        return Optional.of(id.substring(SERIES_PREFIX.length()).toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public boolean isHeadline() {
        return indicatorCode == null;
    }
}
