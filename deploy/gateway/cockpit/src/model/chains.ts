/** Indicator series and breakdown JSON → the industry-chain charts (stacked area, growth, share). */
import type { Breakdown, IndicatorFigure } from "../api/types.js";
import { absent, formatFigure, formatGrowth, formatPercent, type Lang, moneyUnit, periodTick } from "../format.js";
import { chainName, t } from "../i18n.js";
import { type ChartModel, HIGHLIGHT, MUTED, PALETTE } from "./option.js";

/** The growth the park's chains are asked to reach (the 20% line of the report). */
export const GROWTH_LINE_PCT = 20;

export interface ChainSeries {
  chain: string;
  figures: IndicatorFigure[];
}

function shown(figure: IndicatorFigure | undefined): number | null {
  return figure === undefined || figure.suppressed ? null : (figure.value ?? null);
}

/** Output by chain over the periods, stacked; withheld months are gaps, not zeros. */
export function seriesToStackedArea(input: readonly ChainSeries[], periods: readonly string[], lang: Lang): ChartModel {
  const byChain = input
    .map(({ chain, figures }) => {
      const byPeriod = new Map(figures.map((figure) => [figure.period, figure]));
      return { chain, cells: periods.map((period) => byPeriod.get(period)) };
    })
    .filter(({ cells }) => cells.some((cell) => cell !== undefined && (cell.suppressed || cell.value != null)));
  const highest = Math.max(0, ...periods.map((_, i) => byChain.reduce((sum, { cells }) => sum + (shown(cells[i]) ?? 0), 0)));
  const unit = moneyUnit(highest, lang);
  const scaled = (value: number | null) => (value === null ? null : Number((value / unit.divisor).toFixed(unit.decimals)));
  return {
    option: {
      color: PALETTE,
      tooltip: { trigger: "axis", valueFormatter: (value) => (value == null ? absent("missing", lang) : `${String(value)} ${unit.label[lang]}`) },
      legend: { type: "scroll", top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      xAxis: { type: "category", boundaryGap: false, data: periods.map(periodTick) },
      yAxis: { type: "value", name: unit.label[lang], nameTextStyle: { align: "left" } },
      series: byChain.map(({ chain, cells }) => ({
        type: "line",
        name: chainName(chain, lang),
        stack: "output",
        areaStyle: {},
        symbol: "none",
        emphasis: { focus: "series" },
        data: cells.map((cell) => scaled(shown(cell))),
      })),
    },
    table: {
      columns: [t(lang, "period"), ...byChain.map(({ chain }) => chainName(chain, lang))],
      rows: periods.map((period, i) => [
        periodTick(period),
        ...byChain.map(({ cells }) => {
          const cell = cells[i];
          return cell === undefined ? absent("missing", lang) : formatFigure(cell.value, cell.unit, lang, cell.suppressed);
        }),
      ]),
    },
  };
}

function growthOf(cell: IndicatorFigure): number | null {
  return cell.suppressed ? null : (cell.yoyPct ?? null);
}

/** Year-to-date growth per chain, the 20% line drawn; chains at or above it stand out. */
export function breakdownToGrowthBars(breakdown: Breakdown, lang: Lang): ChartModel {
  const cells = [...breakdown.cells].reverse(); // horizontal bars draw bottom-up: keep the service's order top-down
  return {
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (value) => (value == null ? absent("withheld", lang) : formatPercent(Number(value))) },
      grid: { left: 8, right: 48, top: 16, bottom: 8 },
      xAxis: { type: "value", axisLabel: { formatter: "{value}%" } },
      // A withheld chain has no bar, and ECharts labels no missing bar: its name says it instead.
      yAxis: {
        type: "category",
        axisLabel: { width: 200, overflow: "truncate" },
        data: cells.map((cell) => (growthOf(cell) === null ? `${chainName(cell.member, lang)}${lang === "zh" ? `（${absent(cell.suppressed ? "withheld" : "missing", lang)}）` : ` (${absent(cell.suppressed ? "withheld" : "missing", lang)})`}` : chainName(cell.member, lang))),
      },
      series: [
        {
          type: "bar",
          name: t(lang, "growth"),
          data: cells.map((cell) => {
            const growth = growthOf(cell);
            return { value: growth, itemStyle: { color: growth !== null && growth >= GROWTH_LINE_PCT ? HIGHLIGHT : MUTED } };
          }),
          label: {
            show: true,
            position: "right",
            formatter: (params) => (params.value == null ? absent("withheld", lang) : formatGrowth(Number(params.value), lang).text),
          },
          markLine: {
            symbol: "none",
            lineStyle: { type: "dashed", color: HIGHLIGHT },
            label: { formatter: t(lang, "chainLine") },
            data: [{ xAxis: GROWTH_LINE_PCT }],
          },
        },
      ],
    },
    table: {
      columns: [t(lang, "chain"), t(lang, "growth"), t(lang, "share")],
      rows: breakdown.cells.map((cell) => [
        chainName(cell.member, lang),
        cell.suppressed ? absent("withheld", lang) : cell.yoyPct == null ? absent("missing", lang) : formatGrowth(cell.yoyPct, lang).text,
        cell.suppressed ? absent("withheld", lang) : cell.sharePct == null ? absent("missing", lang) : formatPercent(cell.sharePct),
      ]),
    },
  };
}

/**
 * Each chain's share of the park total. The remainder (enterprises in no chain, and withheld
 * chains together) is one slice: it is the total less the shown shares, which the page shows anyway.
 */
export function breakdownToShare(breakdown: Breakdown, lang: Lang): ChartModel {
  const visible = breakdown.cells.filter((cell) => !cell.suppressed && cell.sharePct != null);
  const remainder = 100 - visible.reduce((sum, cell) => sum + (cell.sharePct ?? 0), 0);
  const other = lang === "zh" ? "其他（未归入产业链或不予公开）" : "Other (no chain, or withheld)";
  const data = visible.map((cell) => ({ name: chainName(cell.member, lang), value: cell.sharePct ?? 0 }));
  if (remainder >= 0.05) {
    data.push({ name: other, value: Number(remainder.toFixed(1)) });
  }
  return {
    option: {
      color: PALETTE,
      tooltip: { trigger: "item", valueFormatter: (value) => formatPercent(Number(value)) },
      legend: { type: "scroll", bottom: 0 },
      series: [
        {
          type: "pie",
          radius: ["35%", "65%"],
          center: ["50%", "45%"],
          label: { formatter: (params) => `${formatPercent(Number(params.value))}` },
          data,
        },
      ],
    },
    table: {
      columns: [t(lang, "chain"), t(lang, "share")],
      rows: [
        ...breakdown.cells.map((cell) => [
          chainName(cell.member, lang),
          cell.suppressed ? absent("withheld", lang) : cell.sharePct == null ? absent("missing", lang) : formatPercent(cell.sharePct),
        ]),
        ...(remainder >= 0.05 ? [[other, formatPercent(remainder)]] : []),
      ],
    },
  };
}
