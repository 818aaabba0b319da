/** Key enterprises JSON → the largest enterprises by 1–X月累计, with their growth and share. */
import type { KeyEnterprises } from "../api/types.js";
import { absent, formatFigure, formatGrowth, formatPercent, type Lang, moneyUnit } from "../format.js";
import { chainName, t } from "../i18n.js";
import { type ChartModel, HIGHLIGHT, MUTED } from "./option.js";

/** Bars of the year to date in one money unit, the largest on top; the growth beside each bar. */
export function keyEnterprisesToBars(list: KeyEnterprises, lang: Lang): ChartModel {
  const ranked = [...list.enterprises].sort((a, b) => a.rank - b.rank);
  const drawn = [...ranked].reverse();
  const unit = moneyUnit(Math.max(0, ...ranked.map((enterprise) => enterprise.ytdValue)), lang);
  const fastest = Math.max(...ranked.map((enterprise) => enterprise.yoyPct ?? Number.NEGATIVE_INFINITY));
  return {
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 72, top: 24, bottom: 8 },
      xAxis: { type: "value", name: unit.label[lang] },
      yAxis: { type: "category", data: drawn.map((enterprise) => enterprise.name), axisLabel: { width: 220, overflow: "truncate" } },
      series: [
        {
          type: "bar",
          name: `${list.ytdLabel}${lang === "zh" ? "累计" : ""}`,
          data: drawn.map((enterprise) => ({
            value: Number((enterprise.ytdValue / unit.divisor).toFixed(2)),
            itemStyle: { color: enterprise.yoyPct != null && enterprise.yoyPct === fastest ? HIGHLIGHT : MUTED },
          })),
          label: {
            show: true,
            position: "right",
            formatter: (params) => {
              const growth = drawn[params.dataIndex]?.yoyPct;
              return growth == null ? "" : formatGrowth(growth, lang).text;
            },
          },
        },
      ],
    },
    table: {
      columns: [t(lang, "rank"), t(lang, "enterprise"), t(lang, "chain"), list.ytdLabel, t(lang, "priorYtd"), t(lang, "growth"), t(lang, "share")],
      rows: ranked.map((enterprise) => [
        String(enterprise.rank),
        enterprise.name,
        enterprise.chains.map((chain) => chainName(chain, lang)).join("、") || absent("missing", lang),
        formatFigure(enterprise.ytdValue, list.unit, lang, false),
        formatFigure(enterprise.priorYtdValue, list.unit, lang, false),
        enterprise.yoyPct == null ? absent("missing", lang) : formatGrowth(enterprise.yoyPct, lang).text,
        enterprise.sharePct == null ? absent("missing", lang) : formatPercent(enterprise.sharePct),
      ]),
    },
  };
}
