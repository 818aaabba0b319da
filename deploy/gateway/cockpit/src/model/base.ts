/** Registry statistics JSON → the enterprise-base panel (designations, platforms, park titles). */
import type { DesignationCount } from "../api/types.js";
import { formatCount, type Lang } from "../format.js";
import { levelName, t, type TextKey } from "../i18n.js";
import { type ChartModel, PALETTE } from "./option.js";

/** The designations the report counts, by enterprise-service's designation type codes. */
export const BASE_DESIGNATIONS: readonly { type: string; label: TextKey }[] = [
  { type: "ABOVE_SCALE_INDUSTRY", label: "aboveScale" },
  { type: "HIGH_TECH", label: "highTech" },
  { type: "SMART_MANUFACTURING_PILOT", label: "smartPilot" },
];

export interface BaseCard {
  label: string;
  held: string;
  newlyGranted: string;
}

/** One card per counted designation of the year; a type without a row counts 0. */
export function designationCards(counts: readonly DesignationCount[], year: number, lang: Lang): BaseCard[] {
  return BASE_DESIGNATIONS.map(({ type, label }) => {
    const row = counts.find((count) => count.type === type && count.year === year);
    return {
      label: t(lang, label),
      held: formatCount(row?.held ?? 0, "家", lang),
      newlyGranted: `${t(lang, "newlyGranted")} ${formatCount(row?.newlyGranted ?? 0, "家", lang)}`,
    };
  });
}

const LEVEL_ORDER = ["NATIONAL", "PROVINCIAL", "MUNICIPAL"];

/** Counts by recognition level (国家级, 省级, 市级) as bars: platforms or park titles. */
export function levelsToBars(byLevel: Record<string, number>, lang: Lang): ChartModel {
  const levels = Object.keys(byLevel).sort((a, b) => {
    const rank = (level: string) => (LEVEL_ORDER.includes(level) ? LEVEL_ORDER.indexOf(level) : LEVEL_ORDER.length);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  return {
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 16, top: 24, bottom: 8 },
      xAxis: { type: "category", data: levels.map((level) => levelName(level, lang)) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        {
          type: "bar",
          name: t(lang, "count"),
          barMaxWidth: 56,
          data: levels.map((level, i) => ({ value: byLevel[level] ?? 0, itemStyle: { color: PALETTE[i % PALETTE.length] } })),
          label: { show: true, position: "top" },
        },
      ],
    },
    table: {
      columns: [t(lang, "level"), t(lang, "count")],
      rows: levels.map((level) => [levelName(level, lang), String(byLevel[level] ?? 0)]),
    },
  };
}
