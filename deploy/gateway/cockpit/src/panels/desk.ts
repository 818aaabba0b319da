/**
 * 一站式服务: the desk's figures of the month, the applications per week around it, and, for the
 * service centre, the reminders due today across departments.
 */
import { load } from "../api/client.js";
import { maySeeReminders } from "../auth/token.js";
import { chartFigure } from "../charts/chart.js";
import { formatPeriod } from "../format.js";
import { t } from "../i18n.js";
import { deskCards, deskFigures, remindersToBars, weeklyRange, weeklyToBars, workingDaysChart } from "../model/desk.js";
import { el } from "../ui/dom.js";
import { emptyState, section } from "../ui/states.js";
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

async function drawWeekly(host: HTMLElement, context: PanelContext): Promise<void> {
  const weekly = await load("GET /api/v1/approval/statistics/weekly", () =>
    context.api.approvals.GET("/api/v1/approval/statistics/weekly", { params: { query: weeklyRange(context.period) } }),
  );
  if (weekly.totals.submitted + weekly.totals.concluded === 0) {
    host.appendChild(emptyState(t(context.lang, "deskNoApplications")));
    return;
  }
  host.appendChild(chartFigure(`${t(context.lang, "perWeek")} · ${formatPeriod(context.period, context.lang)}`, weeklyToBars(weekly, context.period, context.lang), context.lang, pngName(context, "desk-weekly")));
}

/** Today's board, whatever the month: reminders are about the desk's open tasks now. */
async function drawReminders(host: HTMLElement, context: PanelContext): Promise<void> {
  if (!maySeeReminders(context.claims)) {
    host.appendChild(emptyState(t(context.lang, "remindersCentre")));
    return;
  }
  const board = await load("GET /api/v1/approval/statistics/reminders", () => context.api.approvals.GET("/api/v1/approval/statistics/reminders"));
  host.appendChild(el("p", { class: "subtitle" }, t(context.lang, "remindersTotals", { on: board.on, due: board.dueOn, overdue: board.overdue, sent: board.remindersSent })));
  if (board.departments.length === 0) {
    host.appendChild(emptyState(t(context.lang, "remindersNone")));
    return;
  }
  host.appendChild(chartFigure(t(context.lang, "remindersToday"), remindersToBars(board, context.lang), context.lang, pngName(context, "desk-reminders")));
}

export const deskPanel: Panel = {
  id: "desk",
  title: "desk",
  shown: () => true,
  render: async (body, context) => {
    const figures = section(body, context.lang, context.period, context.current, ({ host }) => drawFigures(host, context));
    const pair = el("div", { class: "pair" });
    body.appendChild(pair);
    await Promise.all([
      figures,
      section(pair, context.lang, context.period, context.current, ({ host }) => drawWeekly(host, context)),
      section(pair, context.lang, context.period, context.current, ({ host }) => drawReminders(host, context)),
    ]);
  },
};
