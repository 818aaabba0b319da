/** The one-stop desk's figures of the month, from the dashboard's APPROVALS indicators. */
import type { Dashboard, IndicatorFigure } from "../api/types.js";
import { formatFigure, formatValue, type Lang } from "../format.js";
import { t } from "../i18n.js";
import { type ChartModel, HIGHLIGHT, MUTED } from "./option.js";

export const DESK_CODES = ["ONLINE_RATE", "ONE_VISIT_RATE", "AVERAGE_WORKING_DAYS", "OVERDUE_APPLICATIONS"] as const;

export interface DeskCard {
  code: string;
  name: string;
  month: string;
  ytd: string;
  /** The promised average (承诺时限) for the working days; null for the others. */
  promised: string | null;
}

/** The desk's four figures; none when the month has no applications (the service leaves them out). */
export function deskFigures(dashboard: Dashboard): IndicatorFigure[] {
  return DESK_CODES.map((code) => dashboard.indicators.find((figure) => figure.code === code)).filter(
    (figure): figure is IndicatorFigure => figure !== undefined,
  );
}

export function deskCards(figures: readonly IndicatorFigure[], lang: Lang): DeskCard[] {
  return figures.map((figure) => ({
    code: figure.code,
    name: lang === "zh" ? figure.nameZh : figure.nameEn,
    month: formatFigure(figure.value, figure.unit, lang, figure.suppressed),
    ytd: formatFigure(figure.ytdValue, figure.unit, lang, figure.suppressed),
    promised: figure.code === "AVERAGE_WORKING_DAYS" && !figure.suppressed && figure.target != null ? formatValue(figure.target, figure.unit, lang) : null,
  }));
}

/** Average working days used, month and year to date, against the promised average. */
export function workingDaysChart(figure: IndicatorFigure, lang: Lang): ChartModel {
  const labels = [`${t(lang, "actual")}（${t(lang, "value")}）`, `${t(lang, "actual")}（${t(lang, "ytd")}）`, t(lang, "promised")];
  const values = figure.suppressed ? [null, null, null] : [figure.value ?? null, figure.ytdValue ?? null, figure.target ?? null];
  const text = (value: number | null) => formatFigure(value, figure.unit, lang, figure.suppressed);
  return {
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 16, top: 24, bottom: 8 },
      xAxis: { type: "category", data: labels },
      yAxis: { type: "value", name: t(lang, "workingDays") },
      series: [
        {
          type: "bar",
          name: t(lang, "workingDays"),
          barMaxWidth: 56,
          data: values.map((value, i) => ({ value, itemStyle: { color: i === 2 ? HIGHLIGHT : MUTED } })),
          label: { show: true, position: "top", formatter: (params) => text(params.value == null ? null : Number(params.value)) },
        },
      ],
    },
    table: {
      columns: [t(lang, "deskWorkingDays"), t(lang, "workingDays")],
      rows: labels.map((label, i) => [label, text(values[i] ?? null)]),
    },
  };
}
