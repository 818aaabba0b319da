/** 一站式服务: the desk's figures of the month, and what its panel still waits for. */
import { chartFigure } from "../charts/chart.js";
import { t } from "../i18n.js";
import { deskCards, deskFigures, workingDaysChart } from "../model/desk.js";
import { el } from "../ui/dom.js";
import { emptyState, notServedState, section } from "../ui/states.js";
import { dashboardOf, type Panel, type PanelContext, pngName } from "./panel.js";

async function drawFigures(host: HTMLElement, context: PanelContext): Promise<void> {
  const figures = deskFigures(await dashboardOf(context));
  if (figures.length === 0) {
    host.appendChild(emptyState(t(context.lang, "deskNoApplications")));
    return;
  }
  host.appendChild(
    el(
      "div",
      { class: "cards" },
      ...deskCards(figures, context.lang).map((card) =>
        el(
          "article",
          { class: "card", "data-code": card.code },
          el("h3", {}, card.name),
          el("div", { class: "card-value" }, el("span", { class: "muted" }, t(context.lang, "value")), el("strong", {}, card.month)),
          el("div", { class: "card-row" }, el("span", { class: "muted" }, t(context.lang, "ytd")), el("span", {}, card.ytd)),
          card.promised === null ? null : el("div", { class: "card-row" }, el("span", { class: "muted" }, t(context.lang, "promised")), el("span", {}, card.promised)),
        ),
      ),
    ),
  );
  const days = figures.find((figure) => figure.code === "AVERAGE_WORKING_DAYS");
  if (days !== undefined && !days.suppressed && days.target != null) {
    host.appendChild(chartFigure(t(context.lang, "deskWorkingDays"), workingDaysChart(days, context.lang), context.lang, pngName(context, "desk-working-days")));
  }
}

export const deskPanel: Panel = {
  id: "desk",
  title: "desk",
  shown: () => true,
  render: async (body, context) => {
    await section(body, context.lang, context.period, context.current, ({ host }) => drawFigures(host, context));
    // Issue 20 adds these to approval-service; until then the panel says so instead of guessing.
    body.appendChild(
      el(
        "div",
        { class: "pair" },
        notServedState(context.lang, "perWeek", context.lang === "zh" ? "approval-service 的每周办件量" : "approval-service's applications per week"),
        notServedState(context.lang, "remindersToday", context.lang === "zh" ? "各部门今日到期的提醒" : "reminders due today across departments"),
      ),
    );
  },
};
