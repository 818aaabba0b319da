import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Breakdown, IndicatorFigure } from "../src/api/types.js";
import { breakdownToGrowthBars, breakdownToShare, seriesToStackedArea } from "../src/model/chains.js";
import { HIGHLIGHT, MUTED } from "../src/model/option.js";
import { fixture } from "./fixtures.js";

const example = fixture<IndicatorFigure>("indicator-figure");
const breakdownExample = fixture<Breakdown>("breakdown");

/** The example figure for a chain and period, as the series endpoint returns one per period. */
function cell(member: string, period: string, change: Partial<IndicatorFigure> = {}): IndicatorFigure {
  return { ...example, dimension: "CHAIN", member, period, ...change };
}

const periods = ["2019-06", "2019-07", "2019-08"];

describe("series → stacked area", () => {
  const model = seriesToStackedArea(
    [
      { chain: "NONFERROUS_ADVANCED_MANUFACTURING", figures: periods.map((p) => cell("NONFERROUS_ADVANCED_MANUFACTURING", p)) },
      {
        chain: "FOOD_PROCESSING",
        figures: [cell("FOOD_PROCESSING", "2019-06", { value: 1_250_000_000 }), cell("FOOD_PROCESSING", "2019-07", { suppressed: true, value: null })],
      },
      { chain: "INTEGRATED_CIRCUITS", figures: periods.map((p) => cell("INTEGRATED_CIRCUITS", p, { value: null })) },
    ],
    periods,
    "zh",
  );
  const series = model.option.series as { name: string; type: string; stack: string; areaStyle: object; data: (number | null)[] }[];

  it("draws one stacked area per chain that has figures, in 亿元", () => {
    assert.deepEqual(series.map((s) => s.name), ["有色金属新材料暨先进制造", "食品加工"]);
    assert.ok(series.every((s) => s.type === "line" && s.stack === "output" && s.areaStyle !== undefined));
    assert.deepEqual((model.option.yAxis as { name: string }).name, "亿元");
    assert.deepEqual(series[0]?.data, [92, 92, 92]);
  });
  it("leaves withheld and missing months as gaps", () => {
    assert.deepEqual(series[1]?.data, [12.5, null, null]);
  });
  it("has a table with the same figures as text", () => {
    assert.deepEqual(model.table.columns, ["月份", "有色金属新材料暨先进制造", "食品加工"]);
    assert.deepEqual(model.table.rows[1], ["2019.07", "92.00亿元", "不予公开"]);
    assert.deepEqual(model.table.rows[2], ["2019.08", "92.00亿元", "—"]);
  });
});

describe("breakdown → growth bars and shares", () => {
  const breakdown: Breakdown = {
    ...breakdownExample,
    dimension: "CHAIN",
    cells: [
      cell("ELECTRONIC_INFORMATION", "2019-08", { yoyPct: 35.2, sharePct: 40 }),
      cell("FOOD_PROCESSING", "2019-08", { yoyPct: 12.1, sharePct: 30 }),
      cell("BIOMEDICINE", "2019-08", { suppressed: true, value: null, yoyPct: null, sharePct: null }),
    ],
  };

  it("draws the 20% line and highlights chains at or above it", () => {
    const model = breakdownToGrowthBars(breakdown, "zh");
    const [bars] = model.option.series as { data: { value: number | null; itemStyle: { color: string } }[]; markLine: { data: object[] } }[];
    assert.deepEqual(bars?.markLine.data, [{ xAxis: 20 }]);
    assert.deepEqual(bars?.data.map((d) => d.value), [null, 12.1, 35.2]);
    assert.deepEqual(bars?.data.map((d) => d.itemStyle.color), [MUTED, MUTED, HIGHLIGHT]);
    assert.deepEqual(model.table.rows, [
      ["电子信息", "↑35.2%", "40.0%"],
      ["食品加工", "↑12.1%", "30.0%"],
      ["生物医药", "不予公开", "不予公开"],
    ]);
  });
  it("puts what no shown chain holds into one remainder slice", () => {
    const model = breakdownToShare(breakdown, "zh");
    const [pie] = model.option.series as { data: { name: string; value: number }[] }[];
    assert.deepEqual(pie?.data, [
      { name: "电子信息", value: 40 },
      { name: "食品加工", value: 30 },
      { name: "其他（未归入产业链或不予公开）", value: 30 },
    ]);
  });
  it("draws nothing for the example's breakdown without cells", () => {
    const [pie] = breakdownToShare(breakdownExample, "zh").option.series as { data: { name: string }[] }[];
    assert.equal(pie?.data.length, 1);
    assert.equal(breakdownToGrowthBars(breakdownExample, "zh").table.rows.length, 0);
  });
});
