/** 企业基础: designations of the month's year, innovation platforms and park titles by level. */
import { load } from "../api/client.js";
import { chartFigure } from "../charts/chart.js";
import { t } from "../i18n.js";
import { designationCards, levelsToBars } from "../model/base.js";
import { splitPeriod } from "../period.js";
import { el } from "../ui/dom.js";
import { emptyState, section } from "../ui/states.js";
import { type Panel, type PanelContext, pngName } from "./panel.js";

async function drawDesignations(host: HTMLElement, context: PanelContext, year: number): Promise<void> {
  const counts = await load("GET /api/v1/registry/statistics/designations", () =>
    context.api.enterprises.GET("/api/v1/registry/statistics/designations", { params: { query: { year } } }),
  );
  host.appendChild(el("p", { class: "subtitle" }, t(context.lang, "baseYear", { year })));
  host.appendChild(
    el(
      "div",
      { class: "cards" },
      ...designationCards(counts, year, context.lang).map((card) =>
        el("article", { class: "card" }, el("h3", {}, card.label), el("div", { class: "card-value" }, el("strong", {}, card.held)), el("div", { class: "muted" }, card.newlyGranted)),
      ),
    ),
  );
}

async function drawPlatforms(host: HTMLElement, context: PanelContext, year: number): Promise<void> {
  const platforms = await load("GET /api/v1/registry/statistics/platforms", () =>
    context.api.enterprises.GET("/api/v1/registry/statistics/platforms", { params: { query: { asOfYear: year } } }),
  );
  if (platforms.total === 0) {
    host.appendChild(emptyState(t(context.lang, "empty")));
    return;
  }
  host.appendChild(chartFigure(`${t(context.lang, "platformsByLevel")} · ${platforms.total}`, levelsToBars(platforms.byLevel, context.lang), context.lang, pngName(context, "platforms")));
}

async function drawTitles(host: HTMLElement, context: PanelContext): Promise<void> {
  const titles = await load("GET /api/v1/registry/statistics/park-titles", () => context.api.enterprises.GET("/api/v1/registry/statistics/park-titles"));
  if (titles.total === 0) {
    host.appendChild(emptyState(t(context.lang, "empty")));
    return;
  }
  host.appendChild(chartFigure(`${t(context.lang, "titlesByLevel")} · ${titles.total}`, levelsToBars(titles.byLevel, context.lang), context.lang, pngName(context, "park-titles")));
}

export const basePanel: Panel = {
  id: "base",
  title: "base",
  shown: () => true,
  render: async (body, context) => {
    const { year } = splitPeriod(context.period);
    const designations = section(body, context.lang, context.period, context.current, ({ host }) => drawDesignations(host, context, year));
    const pair = el("div", { class: "pair" });
    body.appendChild(pair);
    await Promise.all([
      designations,
      section(pair, context.lang, context.period, context.current, ({ host }) => drawPlatforms(host, context, year)),
      section(pair, context.lang, context.period, context.current, ({ host }) => drawTitles(host, context)),
    ]);
  },
};
