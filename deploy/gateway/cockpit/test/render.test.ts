/**
 * Every chart model drawn by ECharts itself (server-side, SVG), so that an option ECharts does
 * not accept, or a label that does not show, fails here rather than in a meeting room.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BarChart, FunnelChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { Breakdown, IndicatorFigure, PlatformCounts, Ranking } from "../src/api/types.js";
import { levelsToBars } from "../src/model/base.js";
import { breakdownToGrowthBars, breakdownToShare, seriesToStackedArea } from "../src/model/chains.js";
import type { ChartModel } from "../src/model/option.js";
import { rankingToBars } from "../src/model/ranking.js";
import { boardToAmounts, boardToFunnel, durationsToBars } from "../src/model/pipeline.js";
import { fixture } from "./fixtures.js";

use([BarChart, FunnelChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

/** The chart's SVG; ECharts' warnings (a deprecated or unknown option) fail the test. */
function svgOf(model: ChartModel): string {
  const warnings: unknown[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(" "));
  try {
    const chart = init(null, undefined, { renderer: "svg", ssr: true, width: 800, height: 400 });
    chart.setOption({ animation: false, ...model.option });
    const svg = chart.renderToSVGString();
    chart.dispose();
    assert.deepEqual(warnings, []);
    return svg;
  } finally {
    console.warn = warn;
  }
}

const example = fixture<IndicatorFigure>("indicator-figure");
const cell = (member: string, change: Partial<IndicatorFigure> = {}): IndicatorFigure => ({ ...example, dimension: "CHAIN", member, ...change });

describe("the charts as ECharts draws them", () => {
  it("stacks the chains' output", () => {
    const svg = svgOf(seriesToStackedArea([{ chain: "FOOD_PROCESSING", figures: [cell("FOOD_PROCESSING", { period: "2019-07" }), cell("FOOD_PROCESSING")] }], ["2019-07", "2019-08"], "zh"));
    assert.ok(svg.includes("食品加工"));
    assert.ok(svg.includes("亿元"));
    assert.ok(svg.includes("2019.08"));
  });
  it("draws the 20% line and the growth labels", () => {
    const breakdown: Breakdown = { ...fixture<Breakdown>("breakdown"), cells: [cell("ELECTRONIC_INFORMATION", { yoyPct: 35.2, sharePct: 40 }), cell("BIOMEDICINE", { suppressed: true, yoyPct: null, sharePct: null })] };
    const bars = svgOf(breakdownToGrowthBars(breakdown, "zh"));
    assert.ok(bars.includes("20%增速线"));
    assert.ok(bars.includes("↑35.2%"));
    assert.ok(bars.includes("不予公开"));
    assert.ok(svgOf(breakdownToShare(breakdown, "en")).includes("40.0%"));
  });
  it("draws the funnel and the fastest project", () => {
    const board = { projects: 3, stages: [{ stage: "SIGNED" as const, label: "签约", projects: 3, plannedInvestmentYuan: 2e9, completedInvestmentYuan: 1e8 }] };
    assert.ok(svgOf(boardToFunnel(board, "zh")).includes("签约"));
    assert.ok(svgOf(boardToAmounts(board, "zh")).includes("计划投资"));
    const bars = svgOf(durationsToBars([{ name: "比亚迪智能手机生产基地", days: 70, workingDays: 50 }, { name: "澳优乳业", days: 120, workingDays: null }], "zh"));
    assert.ok(bars.includes("70 最快"));
  });
  it("draws the parks' ranking", () => {
    assert.ok(svgOf(rankingToBars(fixture<Ranking>("ranking"), "zh")).includes("↑10.2%"));
  });
  it("draws platforms by level", () => {
    assert.ok(svgOf(levelsToBars(fixture<PlatformCounts>("platform-counts").byLevel, "zh")).includes("国家级"));
  });
});
