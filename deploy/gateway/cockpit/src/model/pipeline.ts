/** Pipeline board, conference summary and project durations JSON → the project-pipeline panel. */
import type { ConferenceSummary, PipelineBoard, Project, ProjectDurations } from "../api/types.js";
import { formatCount, formatMoney, type Lang, moneyUnit } from "../format.js";
import { stageName, t } from "../i18n.js";
import { type ChartModel, HIGHLIGHT, MUTED, PALETTE } from "./option.js";

/** ECharts puts a formatter's string into the tooltip as HTML: text from the API is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The stages a project moves forward through; STALLED and TERMINATED are side exits. */
export const FORWARD_STAGES = ["LEAD", "NEGOTIATING", "SIGNED", "APPROVING", "CONSTRUCTION", "PRODUCTION", "FULL_PRODUCTION"];

/**
 * A funnel of the projects that reached each stage: those now at it and at every later one.
 * The board counts projects by their current stage, which narrows nowhere by itself.
 */
export function boardToFunnel(board: PipelineBoard, lang: Lang): ChartModel {
  const stages = board.stages ?? [];
  const at = (stage: string) => stages.find((entry) => entry.stage === stage);
  const forward = FORWARD_STAGES.map((stage, index) => ({
    stage,
    entry: at(stage),
    reached: FORWARD_STAGES.slice(index).reduce((sum, later) => sum + (at(later)?.projects ?? 0), 0),
  }));
  const sides = stages.filter((entry) => entry.stage !== undefined && !FORWARD_STAGES.includes(entry.stage));
  const money = (yuan: number | undefined) => formatMoney(yuan ?? 0, lang);
  return {
    option: {
      color: PALETTE,
      tooltip: { trigger: "item", formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const row = item === undefined ? undefined : forward[item.dataIndex];
        return row === undefined ? "" : `${escapeHtml(stageName(row.stage, lang, row.entry?.label))}<br>`
          + `${t(lang, "projectsReached")}: ${row.reached}<br>${t(lang, "projectsAtStage")}: ${row.entry?.projects ?? 0}<br>`
          + `${t(lang, "planned")}: ${money(row.entry?.plannedInvestmentYuan)}`;
      } },
      series: [
        {
          type: "funnel",
          sort: "none",
          left: "10%",
          width: "80%",
          minSize: "8%",
          gap: 2,
          label: { show: true, position: "inside", formatter: "{b}  {c}" },
          data: forward.map((row) => ({ name: stageName(row.stage, lang, row.entry?.label), value: row.reached })),
        },
      ],
    },
    table: {
      columns: [t(lang, "stage"), t(lang, "projectsAtStage"), t(lang, "projectsReached"), t(lang, "planned"), t(lang, "completed")],
      rows: [
        ...forward.map((row) => [
          stageName(row.stage, lang, row.entry?.label),
          String(row.entry?.projects ?? 0),
          String(row.reached),
          money(row.entry?.plannedInvestmentYuan),
          money(row.entry?.completedInvestmentYuan),
        ]),
        ...sides.map((entry) => [
          stageName(entry.stage ?? "", lang, entry.label),
          String(entry.projects ?? 0),
          "",
          money(entry.plannedInvestmentYuan),
          money(entry.completedInvestmentYuan),
        ]),
      ],
    },
  };
}

/** Planned and completed investment of the projects now at each stage, side exits included. */
export function boardToAmounts(board: PipelineBoard, lang: Lang): ChartModel {
  const stages = (board.stages ?? []).filter((entry) => entry.stage !== undefined);
  const largest = Math.max(0, ...stages.map((entry) => Math.max(entry.plannedInvestmentYuan ?? 0, entry.completedInvestmentYuan ?? 0)));
  const unit = moneyUnit(largest, lang);
  const scaled = (yuan: number | undefined) => Number(((yuan ?? 0) / unit.divisor).toFixed(unit.decimals));
  const names = stages.map((entry) => stageName(entry.stage ?? "", lang, entry.label));
  return {
    option: {
      color: [PALETTE[0] ?? MUTED, PALETTE[2] ?? HIGHLIGHT],
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (value) => `${String(value)} ${unit.label[lang]}` },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      xAxis: { type: "category", data: names },
      yAxis: { type: "value", name: unit.label[lang], nameTextStyle: { align: "left" } },
      series: [
        { type: "bar", name: t(lang, "planned"), data: stages.map((entry) => scaled(entry.plannedInvestmentYuan)) },
        { type: "bar", name: t(lang, "completed"), data: stages.map((entry) => scaled(entry.completedInvestmentYuan)) },
      ],
    },
    table: {
      columns: [t(lang, "stage"), t(lang, "planned"), t(lang, "completed")],
      rows: stages.map((entry, i) => [names[i] ?? "", formatMoney(entry.plannedInvestmentYuan ?? 0, lang), formatMoney(entry.completedInvestmentYuan ?? 0, lang)]),
    },
  };
}

export interface Figure {
  label: string;
  value: string;
}

/** The conference's headline counts, in the report's order (51 / 11 / 6 / 3 / 12 for the demo). */
export function conferenceFigures(summary: ConferenceSummary, lang: Lang): Figure[] {
  const projects = (n: number) => formatCount(n, "个", lang);
  return [
    { label: t(lang, "conferenceProjects"), value: projects(summary.projects) },
    { label: t(lang, "conferenceFortune"), value: projects(summary.fortune500OrListed) },
    { label: t(lang, "conferenceLeading"), value: projects(summary.leading) },
    { label: t(lang, "conferenceMajor"), value: projects(summary.atLeastMajor) },
    { label: t(lang, "conferenceLarge"), value: projects(summary.atLeastLarge) },
    { label: t(lang, "conferenceTotal"), value: formatMoney(summary.totalPlannedInvestmentYuan, lang) },
  ];
}

export interface ProjectDuration {
  name: string;
  days: number;
  workingDays: number | null;
}

/** A project in production with its signing → production days; null when the service gave none. */
export function toProjectDuration(project: Pick<Project, "name">, durations: ProjectDurations): ProjectDuration | null {
  if (durations.signingToProductionDays === undefined) {
    return null;
  }
  return { name: project.name, days: durations.signingToProductionDays, workingDays: durations.signingToProductionWorkingDays ?? null };
}

/** Signing → production days per project, fastest first and highlighted (BYD's 70 in the demo). */
export function durationsToBars(rows: readonly ProjectDuration[], lang: Lang): ChartModel {
  const sorted = [...rows].sort((a, b) => a.days - b.days || a.name.localeCompare(b.name, "zh"));
  const fastest = sorted[0]?.days;
  const drawn = [...sorted].reverse(); // horizontal bars draw bottom-up: the fastest on top
  return {
    option: {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 56, top: 16, bottom: 8 },
      xAxis: { type: "value", name: t(lang, "days") },
      yAxis: { type: "category", data: drawn.map((row) => row.name), axisLabel: { width: 180, overflow: "truncate" } },
      series: [
        {
          type: "bar",
          name: t(lang, "days"),
          data: drawn.map((row) => ({ value: row.days, itemStyle: { color: row.days === fastest ? HIGHLIGHT : MUTED } })),
          label: {
            show: true,
            position: "right",
            formatter: (params) => (Number(params.value) === fastest ? `${String(params.value)} ${t(lang, "fastest")}` : String(params.value)),
          },
        },
      ],
    },
    table: {
      columns: [t(lang, "project"), t(lang, "days"), t(lang, "workingDays")],
      rows: sorted.map((row) => [
        row.days === fastest ? `${row.name}（${t(lang, "fastest")}）` : row.name,
        String(row.days),
        row.workingDays === null ? "—" : String(row.workingDays),
      ]),
    },
  };
}
