/** 项目建设: the pipeline funnel, the latest signing conference, signing → production days. */
import { inBatches, load } from "../api/client.js";
import type { Project } from "../api/types.js";
import { chartFigure } from "../charts/chart.js";
import { t } from "../i18n.js";
import { boardToAmounts, boardToFunnel, conferenceFigures, durationsToBars, type ProjectDuration, toProjectDuration } from "../model/pipeline.js";
import { el } from "../ui/dom.js";
import { emptyState, section } from "../ui/states.js";
import { type Panel, type PanelContext, pngName } from "./panel.js";

/** Enough bars to read at 1280×800; each costs one request of the token's 20 a second. */
const MOST_DURATIONS = 15;

async function drawFunnel(host: HTMLElement, context: PanelContext): Promise<void> {
  const board = await load("GET /api/v1/projects/board", () => context.api.projects.GET("/api/v1/projects/board"));
  if ((board.projects ?? 0) === 0) {
    host.appendChild(emptyState(t(context.lang, "empty")));
    return;
  }
  host.appendChild(
    el(
      "div",
      { class: "pair" },
      chartFigure(t(context.lang, "funnel"), boardToFunnel(board, context.lang), context.lang, pngName(context, "pipeline-funnel")),
      chartFigure(t(context.lang, "amountsByStage"), boardToAmounts(board, context.lang), context.lang, pngName(context, "pipeline-amounts")),
    ),
  );
}

async function drawConference(host: HTMLElement, context: PanelContext): Promise<void> {
  const page = await load("GET /api/v1/conferences", () => context.api.projects.GET("/api/v1/conferences", { params: { query: { page: 0, size: 1 } } }));
  const latest = page.items[0];
  if (latest === undefined) {
    host.appendChild(emptyState(t(context.lang, "conferenceNone")));
    return;
  }
  const summary = await load("GET /api/v1/conferences/{id}/summary", () =>
    context.api.projects.GET("/api/v1/conferences/{id}/summary", { params: { path: { id: latest.id } } }),
  );
  host.appendChild(
    el(
      "div",
      { class: "conference" },
      el("h3", {}, `${t(context.lang, "conference")}：${summary.name}`, el("span", { class: "muted" }, ` ${summary.heldOn}`)),
      el("dl", { class: "figures" }, ...conferenceFigures(summary, context.lang).flatMap((figure) => [el("div", {}, el("dt", {}, figure.label), el("dd", {}, figure.value))])),
    ),
  );
}

async function projectsAt(context: PanelContext, stage: "PRODUCTION" | "FULL_PRODUCTION"): Promise<Project[]> {
  const page = await load("GET /api/v1/projects", () =>
    context.api.projects.GET("/api/v1/projects", { params: { query: { stage, sort: "-stageDate", size: MOST_DURATIONS } } }),
  );
  return page.items;
}

async function drawDurations(host: HTMLElement, context: PanelContext): Promise<void> {
  const [producing, full] = await Promise.all([projectsAt(context, "PRODUCTION"), projectsAt(context, "FULL_PRODUCTION")]);
  const candidates = [...producing, ...full]
    .filter((project) => project.milestones.signed !== undefined && project.milestones.production !== undefined)
    .sort((a, b) => (b.milestones.production ?? "").localeCompare(a.milestones.production ?? ""));
  const chosen = candidates.slice(0, MOST_DURATIONS);
  const rows = await inBatches(chosen, 4, async (project) => {
    const durations = await load("GET /api/v1/projects/{id}/durations", () =>
      context.api.projects.GET("/api/v1/projects/{id}/durations", { params: { path: { id: project.id } } }),
    );
    return toProjectDuration(project, durations);
  });
  const drawn = rows.filter((row): row is ProjectDuration => row !== null);
  if (drawn.length === 0) {
    host.appendChild(emptyState(t(context.lang, "durationsNone")));
    return;
  }
  host.appendChild(chartFigure(t(context.lang, "durations"), durationsToBars(drawn, context.lang), context.lang, pngName(context, "signing-to-production")));
  if (candidates.length > chosen.length) {
    host.appendChild(el("p", { class: "note" }, t(context.lang, "durationsCapped", { n: MOST_DURATIONS })));
  }
}

export const pipelinePanel: Panel = {
  id: "pipeline",
  title: "pipeline",
  shown: () => true,
  render: async (body, context) => {
    body.appendChild(el("p", { class: "subtitle" }, t(context.lang, "asOfToday")));
    await Promise.all([
      section(body, context.lang, context.period, context.current, ({ host }) => drawConference(host, context)),
      section(body, context.lang, context.period, context.current, ({ host }) => drawFunnel(host, context)),
      section(body, context.lang, context.period, context.current, ({ host }) => drawDurations(host, context)),
    ]);
  },
};
