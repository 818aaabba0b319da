/**
 * 重点企业: output and growth of the largest enterprises, for the roles that may see enterprise
 * figures. Whether it is drawn is decided from the token's groups, for display only:
 * indicator-service refuses the list to every other role, which sees the disclosure-controlled
 * aggregates of the other panels instead.
 */
import { load } from "../api/client.js";
import { maySeeEnterpriseFigures } from "../auth/token.js";
import { chartFigure } from "../charts/chart.js";
import { t } from "../i18n.js";
import { keyEnterprisesToBars } from "../model/key.js";
import { el } from "../ui/dom.js";
import { emptyState, section } from "../ui/states.js";
import { dashboardOf, type Panel, type PanelContext, pngName } from "./panel.js";

/** As many as read well at 1280×800. */
const TOP = 10;

async function drawTop(host: HTMLElement, context: PanelContext): Promise<void> {
  const list = await load(
    "GET /api/v1/indicators/key-enterprises",
    () => context.api.indicators.GET("/api/v1/indicators/key-enterprises", { params: { query: { indicator: "INDUSTRIAL_OUTPUT", period: context.period, limit: TOP } } }),
    "not-released",
  );
  if (list.enterprises.length === 0) {
    host.appendChild(emptyState(t(context.lang, "keyNone")));
    return;
  }
  const english = context.lang === "en" ? (await dashboardOf(context)).indicators.find((figure) => figure.code === list.indicator)?.nameEn : undefined;
  const title = t(context.lang, "keyTitle", { indicator: english ?? list.nameZh, ytd: list.ytdLabel, n: list.enterprises.length });
  host.appendChild(chartFigure(title, keyEnterprisesToBars(list, context.lang), context.lang, pngName(context, "key-enterprises"), "tall"));
  host.appendChild(el("p", { class: "note" }, t(context.lang, "keyNote")));
}

export const keyPanel: Panel = {
  id: "key",
  title: "key",
  shown: (context) => maySeeEnterpriseFigures(context.claims),
  render: (body, context) => section(body, context.lang, context.period, context.current, ({ host }) => drawTop(host, context)),
};
