/** 产业链: output by chain over 24 months, growth per chain against the 20% line, shares. */
import { inBatches, load } from "../api/client.js";
import { chartFigure } from "../charts/chart.js";
import { t, CHAIN_CODES } from "../i18n.js";
import { breakdownToGrowthBars, breakdownToShare, seriesToStackedArea } from "../model/chains.js";
import { periodRange, windowStart } from "../period.js";
import { el } from "../ui/dom.js";
import { emptyState, section } from "../ui/states.js";
import { type Panel, type PanelContext, pngName, releasesOf } from "./panel.js";

const INDICATOR = "INDUSTRIAL_OUTPUT";

/**
 * The series' first period: 24 months back, but not before the first released period, since a
 * range with an unreleased period is refused whole (every role but the statistics office).
 */
async function seriesStart(context: PanelContext): Promise<string> {
  const start = windowStart(context.period, 24);
  // Without the releases the series is asked for in full: its own answer then says what is wrong.
  const releases = await releasesOf(context).catch(() => []);
  const firstReleased = releases.filter((release) => release.released).map((release) => release.period).sort()[0];
  return firstReleased !== undefined && firstReleased > start && firstReleased <= context.period ? firstReleased : start;
}

async function drawSeries(host: HTMLElement, context: PanelContext): Promise<void> {
  const from = await seriesStart(context);
  const series = await inBatches(CHAIN_CODES, 4, async (chain) => ({
    chain,
    figures: await load(
      "GET /api/v1/indicators/series",
      () => context.api.indicators.GET("/api/v1/indicators/series", {
        params: { query: { indicator: INDICATOR, dimension: "CHAIN", member: chain, from, to: context.period } },
      }),
      "not-released",
    ),
  }));
  const model = seriesToStackedArea(series, periodRange(from, context.period), context.lang);
  if (model.option.series === undefined || (Array.isArray(model.option.series) && model.option.series.length === 0)) {
    host.appendChild(emptyState(t(context.lang, "empty")));
    return;
  }
  host.appendChild(chartFigure(t(context.lang, "chainOutput"), model, context.lang, pngName(context, "chain-output"), "tall"));
}

async function drawBreakdown(host: HTMLElement, context: PanelContext): Promise<void> {
  const breakdown = await load(
    "GET /api/v1/indicators/breakdown",
    () => context.api.indicators.GET("/api/v1/indicators/breakdown", {
      params: { query: { indicator: INDICATOR, dimension: "CHAIN", period: context.period } },
    }),
    "not-released",
  );
  if (breakdown.cells.length === 0) {
    host.appendChild(emptyState(t(context.lang, "empty")));
    return;
  }
  host.appendChild(
    el(
      "div",
      { class: "pair" },
      chartFigure(t(context.lang, "chainGrowth"), breakdownToGrowthBars(breakdown, context.lang), context.lang, pngName(context, "chain-growth")),
      chartFigure(t(context.lang, "chainShare"), breakdownToShare(breakdown, context.lang), context.lang, pngName(context, "chain-share")),
    ),
  );
}

export const chainsPanel: Panel = {
  id: "chains",
  title: "chains",
  shown: () => true,
  render: async (body, context) => {
    await Promise.all([
      section(body, context.lang, context.period, context.current, ({ host }) => drawSeries(host, context)),
      section(body, context.lang, context.period, context.current, ({ host }) => drawBreakdown(host, context)),
    ]);
  },
};
