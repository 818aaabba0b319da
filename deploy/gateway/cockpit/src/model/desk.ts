/**
 * The one-stop desk's figures of the month, from the dashboard's APPROVALS indicators; the
 * applications per week and the reminders across departments, from approval-service.
 */
import type { Dashboard, IndicatorFigure, ReminderBoard, WeeklyApplications } from "../api/types.js";
import { formatCount, formatFigure, formatValue, type Lang } from "../format.js";
import { t } from "../i18n.js";
import { type ChartModel, HIGHLIGHT, MUTED, PALETTE } from "./option.js";

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

/** How many weeks before the month the weekly chart starts, so that a trend shows. */
export const WEEKS_BEFORE = 8;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The days the weekly chart asks for: WEEKS_BEFORE weeks before the month's first day to its last. */
export function weeklyRange(period: string): { from: string; to: string } {
  const [year, month] = period.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(year, month, 0));
  return { from: isoDate(new Date(first.getTime() - WEEKS_BEFORE * 7 * 86_400_000)), to: isoDate(last) };
}

function weekTick(weekStart: string): string {
  const [, month, day] = weekStart.split("-").map(Number) as [number, number, number];
  return `${month}/${day}`;
}

/** Submitted, accepted and concluded applications per week; the month's weeks highlighted in the table. */
export function weeklyToBars(weekly: WeeklyApplications, period: string, lang: Lang): ChartModel {
  const series = [
    { key: "submitted", name: t(lang, "submitted"), color: PALETTE[0] },
    { key: "accepted", name: t(lang, "accepted"), color: PALETTE[1] },
    { key: "concluded", name: t(lang, "concluded"), color: PALETTE[2] },
  ] as const;
  const inMonth = (week: WeeklyApplications["weeks"][number]) => week.weekEnd.slice(0, 7) >= period && week.weekStart.slice(0, 7) <= period;
  return {
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8 },
      xAxis: { type: "category", data: weekly.weeks.map((week) => weekTick(week.weekStart)) },
      yAxis: { type: "value", name: t(lang, "applications"), minInterval: 1 },
      series: series.map((entry) => ({
        type: "bar" as const,
        name: entry.name,
        itemStyle: { color: entry.color },
        data: weekly.weeks.map((week) => ({ value: week.counts[entry.key], itemStyle: { opacity: inMonth(week) ? 1 : 0.45 } })),
      })),
    },
    table: {
      columns: [t(lang, "week"), ...series.map((entry) => entry.name), t(lang, "denied")],
      rows: weekly.weeks.map((week) => [
        `${week.isoWeek} (${weekTick(week.weekStart)}–${weekTick(week.weekEnd)})`,
        ...series.map((entry) => formatCount(week.counts[entry.key], "件", lang)),
        formatCount(week.counts.denied, "件", lang),
      ]),
    },
  };
}

/** Open tasks due on the day and overdue, per department, overdue first. */
export function remindersToBars(board: ReminderBoard, lang: Lang): ChartModel {
  const departments = [...board.departments].sort((a, b) => b.overdue - a.overdue || b.dueOn - a.dueOn || a.department.localeCompare(b.department));
  const names = departments.map((entry) => entry.departmentName ?? entry.department);
  const drawn = [...departments].reverse();
  return {
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: [...names].reverse(), axisLabel: { width: 180, overflow: "truncate" } },
      series: [
        { type: "bar", stack: "open", name: t(lang, "overdue"), itemStyle: { color: HIGHLIGHT }, data: drawn.map((entry) => entry.overdue) },
        { type: "bar", stack: "open", name: t(lang, "dueToday"), itemStyle: { color: MUTED }, data: drawn.map((entry) => entry.dueOn) },
      ],
    },
    table: {
      columns: [t(lang, "department"), t(lang, "dueToday"), t(lang, "overdue"), t(lang, "remindersSent")],
      rows: departments.map((entry, i) => [names[i] ?? entry.department, String(entry.dueOn), String(entry.overdue), String(entry.remindersSent)]),
    },
  };
}
