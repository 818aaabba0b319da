/** 经济指标: every headline figure of the month as a card. */
import { load } from "../api/client.js";
import { chartFigure } from "../charts/chart.js";
import { formatPeriod, type Lang } from "../format.js";
import { t } from "../i18n.js";
import { type Card, dashboardToCards } from "../model/headline.js";
import { rankingToBars } from "../model/ranking.js";
import { el } from "../ui/dom.js";
import { emptyState, section } from "../ui/states.js";
import { dashboardOf, type Panel, type PanelContext, pngName } from "./panel.js";

/** Set through CSSOM rather than a style attribute: it stays within any style-src policy. */
function progressFill(percent: number): HTMLElement {
  const fill = el("div", { class: "progress-fill" });
  fill.style.width = `${percent}%`;
  return fill;
}

function cardElement(card: Card, lang: Lang): HTMLElement {
  const growth = card.growth === null
    ? el("span", { class: `growth ${card.withheld ? "withheld" : "missing"}` }, card.growthText)
    : el("span", { class: `growth ${card.growth.direction}`, "aria-label": card.growth.spoken }, card.growth.text);
  const progress = card.progressBar === null
    ? null
    : el(
        "div",
        { class: "progress" },
        el("div", { class: "progress-label" }, el("span", {}, t(lang, "target")), el("span", {}, card.progressText ?? "")),
        el(
          "div",
          { class: "progress-track", role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": card.progressBar, "aria-label": `${card.name} ${t(lang, "target")}` },
          progressFill(card.progressBar),
        ),
        card.target === null ? null : el("div", { class: "muted" }, `${t(lang, "targetValue")} ${card.target}`),
      );
  return el(
    "article",
    { class: `card${card.withheld ? " is-withheld" : ""}`, "data-code": card.code },
    el("h3", {}, card.name, card.estimate ? el("span", { class: "badge" }, t(lang, "estimate")) : null),
    el("div", { class: "card-value" }, el("span", { class: "muted" }, card.monthLabel), el("strong", {}, card.value)),
    el("div", { class: "card-row" }, el("span", { class: "muted" }, `${card.ytdLabel}${lang === "zh" ? "累计" : ""}`), el("span", {}, card.ytd)),
    el("div", { class: "card-row" }, el("span", { class: "muted" }, t(lang, "growth")), growth, card.points === null ? null : el("span", { class: "muted" }, card.points)),
    card.rank === null ? null : el("div", { class: "card-row rank" }, el("span", { class: "muted" }, t(lang, "rank")), el("span", {}, card.rank)),
    progress,
  );
}

/** The indicator the city ranks its national-level parks by first (from official figures). */
const RANKED = "INDUSTRIAL_VALUE_ADDED";

async function drawRanking(host: HTMLElement, context: PanelContext): Promise<void> {
  const [ranking, dashboard] = await Promise.all([
    load(
      "GET /api/v1/indicators/rankings",
      () => context.api.indicators.GET("/api/v1/indicators/rankings", { params: { query: { indicator: RANKED, period: context.period } } }),
      "not-released",
    ),
    dashboardOf(context),
  ]);
  if (ranking.parks.length === 0) {
    host.appendChild(emptyState(t(context.lang, "empty")));
    return;
  }
  const figure = dashboard.indicators.find((candidate) => candidate.code === RANKED);
  const name = figure === undefined ? RANKED : context.lang === "zh" ? figure.nameZh : figure.nameEn;
  host.appendChild(chartFigure(t(context.lang, "ranking", { indicator: name }), rankingToBars(ranking, context.lang), context.lang, pngName(context, "ranking")));
}

function drawBoard(body: HTMLElement, context: PanelContext): Promise<void> {
  return section(body, context.lang, context.period, context.current, async ({ host }) => {
    const dashboard = await dashboardOf(context);
    const cards = dashboardToCards(dashboard, context.lang);
    host.appendChild(el("p", { class: "subtitle" }, `${dashboard.parkName} · ${formatPeriod(dashboard.period, context.lang)}`));
    if (cards.length === 0) {
      host.appendChild(emptyState(t(context.lang, "empty")));
      return;
    }
    host.appendChild(el("div", { class: "cards" }, ...cards.map((card) => cardElement(card, context.lang))));
    if (cards.some((card) => card.withheld)) {
      host.appendChild(el("p", { class: "note" }, t(context.lang, "withheldNote")));
    }
  });
}

export const headlinePanel: Panel = {
  id: "headline",
  title: "headline",
  shown: () => true,
  render: async (body, context) => {
    await Promise.all([
      drawBoard(body, context),
      section(body, context.lang, context.period, context.current, ({ host }) => drawRanking(host, context)),
    ]);
  },
};
