/** Ranking JSON → the city's national-level parks by year-to-date growth, this park highlighted. */
import type { Ranking } from "../api/types.js";
import { absent, formatFigure, formatGrowth, formatPercent, type Lang } from "../format.js";
import { t } from "../i18n.js";
import { type ChartModel, HIGHLIGHT, MUTED } from "./option.js";

export function rankingToBars(ranking: Ranking, lang: Lang): ChartModel {
  const parks = [...ranking.parks].sort((a, b) => a.rank - b.rank);
  const drawn = [...parks].reverse(); // horizontal bars draw bottom-up: the first rank on top
  return {
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (value) => formatPercent(Number(value)) },
      grid: { left: 8, right: 56, top: 16, bottom: 8 },
      xAxis: { type: "value", axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", data: drawn.map((park) => park.parkName), axisLabel: { width: 200, overflow: "truncate" } },
      series: [
        {
          type: "bar",
          name: t(lang, "growth"),
          data: drawn.map((park) => ({ value: park.ytdGrowthPct, itemStyle: { color: park.own ? HIGHLIGHT : MUTED } })),
          label: { show: true, position: "right", formatter: (params) => formatGrowth(Number(params.value), lang).text },
        },
      ],
    },
    table: {
      columns: [t(lang, "rank"), t(lang, "park"), t(lang, "ytd"), t(lang, "growth")],
      rows: parks.map((park) => [
        String(park.rank),
        park.own ? `${park.parkName}（${t(lang, "ownPark")}）` : park.parkName,
        park.ytdValue == null ? absent("missing", lang) : formatFigure(park.ytdValue, "元", lang, false),
        formatGrowth(park.ytdGrowthPct, lang).text,
      ]),
    },
  };
}
