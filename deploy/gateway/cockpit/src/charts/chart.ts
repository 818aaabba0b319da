/**
 * ECharts, registered piece by piece (only the charts the cockpit draws, canvas only) so that
 * the bundle stays small, and the frame every chart gets: a table view of the same figures for
 * screen readers and copying, and an export to PNG.
 */
import { BarChart, FunnelChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import { getInstanceByDom, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import type { Lang } from "../format.js";
import { t } from "../i18n.js";
import type { ChartModel } from "../model/option.js";
import { el } from "../ui/dom.js";

use([BarChart, FunnelChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** The system's own CJK fonts: nothing is fetched, so the page works on an intranet. */
export const FONT_STACK = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

const pending = new WeakMap<HTMLElement, ChartModel["option"]>();

/**
 * A chart is drawn when its canvas first has a size (a section is filled before it is shown, and
 * a hidden canvas measures 0), and redrawn at every later size.
 */
const resizing = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const canvas = entry.target as HTMLElement;
    if (entry.contentRect.width === 0 || entry.contentRect.height === 0) {
      continue;
    }
    const option = pending.get(canvas);
    if (option !== undefined) {
      pending.delete(canvas);
      init(canvas, undefined, { renderer: "canvas" }).setOption({ textStyle: { fontFamily: FONT_STACK }, animationDuration: 400, ...option });
      canvas.dispatchEvent(new CustomEvent("chart-drawn", { bubbles: true }));
    } else {
      getInstanceByDom(canvas)?.resize();
    }
  }
});

function tableOf(model: ChartModel, caption: string): HTMLTableElement {
  return el(
    "table",
    {},
    el("caption", {}, caption),
    el("thead", {}, el("tr", {}, ...model.table.columns.map((column) => el("th", { scope: "col" }, column)))),
    el(
      "tbody",
      {},
      ...model.table.rows.map((row) => el("tr", {}, ...row.map((cell, i) => (i === 0 ? el("th", { scope: "row" }, cell) : el("td", {}, cell))))),
    ),
  );
}

function download(dataUrl: string, fileName: string): void {
  const link = el("a", { href: dataUrl, download: fileName });
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** A chart with its title, table view and PNG export; `fileName` names the exported PNG. */
export function chartFigure(title: string, model: ChartModel, lang: Lang, fileName: string, size: "normal" | "tall" = "normal"): HTMLElement {
  const canvas = el("div", { class: `chart-canvas chart-${size}`, role: "img", "aria-label": title });
  const table = el("div", { class: "chart-table", hidden: true }, tableOf(model, title));
  const toggle = el("button", { type: "button", class: "tool", "aria-pressed": "false" }, t(lang, "table"));
  const exportPng = el("button", { type: "button", class: "tool" }, t(lang, "exportPng"));
  const figure = el("figure", { class: "chart" }, el("figcaption", {}, el("span", {}, title), el("span", { class: "tools" }, toggle, exportPng)), canvas, table);

  pending.set(canvas, model.option);
  resizing.observe(canvas);
  toggle.addEventListener("click", () => {
    const showTable = table.hidden;
    table.hidden = !showTable;
    canvas.hidden = showTable;
    toggle.setAttribute("aria-pressed", String(showTable));
    toggle.textContent = t(lang, showTable ? "chart" : "table");
  });
  exportPng.addEventListener("click", () => {
    const chart = getInstanceByDom(canvas);
    if (chart !== undefined) {
      download(chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#ffffff" }), `${fileName}.png`);
    }
  });
  return figure;
}

/** Frees the charts of a view about to be replaced (ECharts keeps listeners and canvases otherwise). */
export function disposeCharts(root: ParentNode): void {
  for (const canvas of root.querySelectorAll<HTMLElement>(".chart-canvas")) {
    resizing.unobserve(canvas);
    getInstanceByDom(canvas)?.dispose();
  }
}
