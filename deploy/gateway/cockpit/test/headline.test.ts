import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Dashboard, IndicatorFigure } from "../src/api/types.js";
import { dashboardToCards, figureToCard } from "../src/model/headline.js";
import { fixture } from "./fixtures.js";

const dashboard = fixture<Dashboard>("dashboard");
const example = dashboard.indicators[0] as IndicatorFigure;

/** The example figure as another indicator, or withheld: the service nulls every figure then. */
function variant(change: Partial<IndicatorFigure>): IndicatorFigure {
  return { ...example, ...change };
}

const withheld = variant({
  suppressed: true, value: null, ytdValue: null, yoyPct: null, naiveYoyPct: null, monthYoyPct: null,
  ppChange: null, sharePct: null, targetProgressPct: null, rank: null, rankOf: null, enterprises: null,
});

describe("dashboard → board cards", () => {
  it("formats the example's figures", () => {
    const [card] = dashboardToCards(dashboard, "zh");
    assert.deepEqual(card, {
      code: "INDUSTRIAL_OUTPUT",
      name: "规模工业总产值",
      withheld: false,
      estimate: false,
      monthLabel: "8月",
      ytdLabel: "1–8月",
      value: "92.00亿元",
      ytd: "680.00亿元",
      growth: { text: "↑23.4%", direction: "up", spoken: "增长23.4%" },
      growthText: "↑23.4%",
      points: "+0.6个百分点",
      rank: "第1位 / 5个国家级园区",
      progressBar: 61.8,
      progressText: "61.8%",
      target: "1,100.00亿元",
    });
  });
  it("speaks English when asked", () => {
    const card = figureToCard(example, "en");
    assert.equal(card.name, "Gross industrial output value of above-scale enterprises");
    assert.equal(card.value, "9.20 bn yuan");
    assert.equal(card.monthLabel, "Aug");
    assert.equal(card.ytdLabel, "Jan–Aug");
    assert.equal(card.rank, "1 of 5 national-level parks");
  });
  it("shows a withheld figure as withheld, with no growth, rank or progress", () => {
    const card = figureToCard(withheld, "zh");
    assert.equal(card.withheld, true);
    assert.equal(card.value, "不予公开");
    assert.equal(card.ytd, "不予公开");
    assert.equal(card.growth, null);
    assert.equal(card.growthText, "不予公开");
    assert.equal(card.rank, null);
    assert.equal(card.progressBar, null);
    assert.equal(card.target, null);
  });
  it("marks decline down and caps the progress bar, not its text", () => {
    const card = figureToCard(variant({ yoyPct: -3.25, targetProgressPct: 112.4 }), "zh");
    assert.equal(card.growth?.direction, "down");
    assert.equal(card.progressBar, 100);
    assert.equal(card.progressText, "112.4%");
  });
  it("puts the headline four first and leaves the desk's figures to the desk", () => {
    const board: Dashboard = {
      ...dashboard,
      indicators: [
        variant({ code: "EMPLOYEES", nameZh: "规模工业从业人员", unit: "人" }),
        variant({ code: "ONLINE_RATE", nameZh: "网上办率", unit: "%", source: "APPROVALS" }),
        variant({ code: "TAX", nameZh: "税收", scope: "ALL" }),
        example,
      ],
    };
    assert.deepEqual(dashboardToCards(board, "zh").map((card) => card.code), ["INDUSTRIAL_OUTPUT", "TAX", "EMPLOYEES"]);
  });
});
