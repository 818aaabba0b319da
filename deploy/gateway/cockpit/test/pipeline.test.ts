import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ConferenceSummary, PipelineBoard, Project, ProjectDurations } from "../src/api/types.js";
import { HIGHLIGHT, MUTED } from "../src/model/option.js";
import { boardToAmounts, boardToFunnel, conferenceFigures, durationsToBars, escapeHtml, toProjectDuration } from "../src/model/pipeline.js";
import { fixture } from "./fixtures.js";

/**
 * PipelineBoard has no example in project-service's document; these counts are the example of
 * indicator-service's countProjectsByStage (LEAD 12, NEGOTIATING 8, SIGNED 51, CONSTRUCTION 20).
 */
const board: PipelineBoard = {
  projects: 91,
  plannedInvestmentYuan: 40_000_000_000,
  stages: [
    { stage: "LEAD", label: "线索", projects: 12, plannedInvestmentYuan: 3_000_000_000, completedInvestmentYuan: 0 },
    { stage: "NEGOTIATING", label: "在谈", projects: 8, plannedInvestmentYuan: 5_000_000_000, completedInvestmentYuan: 0 },
    { stage: "SIGNED", label: "签约", projects: 51, plannedInvestmentYuan: 31_850_000_000, completedInvestmentYuan: 0 },
    { stage: "APPROVING", label: "审批", projects: 0, plannedInvestmentYuan: 0, completedInvestmentYuan: 0 },
    { stage: "CONSTRUCTION", label: "开工", projects: 20, plannedInvestmentYuan: 150_000_000, completedInvestmentYuan: 100_000_000 },
    { stage: "PRODUCTION", label: "投产", projects: 0, plannedInvestmentYuan: 0, completedInvestmentYuan: 0 },
    { stage: "FULL_PRODUCTION", label: "达产", projects: 0, plannedInvestmentYuan: 0, completedInvestmentYuan: 0 },
    { stage: "STALLED", label: "停滞", projects: 0, plannedInvestmentYuan: 0, completedInvestmentYuan: 0 },
    { stage: "TERMINATED", label: "终止", projects: 0, plannedInvestmentYuan: 0, completedInvestmentYuan: 0 },
  ],
};

describe("pipeline board → funnel", () => {
  const model = boardToFunnel(board, "zh");
  it("counts the projects at or beyond each forward stage", () => {
    const [funnel] = model.option.series as { type: string; data: { name: string; value: number }[] }[];
    assert.equal(funnel?.type, "funnel");
    assert.deepEqual(funnel?.data, [
      { name: "线索", value: 91 },
      { name: "在谈", value: 79 },
      { name: "签约", value: 71 },
      { name: "审批", value: 20 },
      { name: "开工", value: 20 },
      { name: "投产", value: 0 },
      { name: "达产", value: 0 },
    ]);
  });
  it("lists every stage with its amounts in the table, side exits last", () => {
    assert.deepEqual(model.table.rows[2], ["签约", "51", "71", "318.50亿元", "0元"]);
    assert.deepEqual(model.table.rows.at(-1), ["终止", "0", "", "0元", "0元"]);
  });
  it("names stages in English without the served Chinese label", () => {
    const [funnel] = boardToFunnel(board, "en").option.series as { data: { name: string }[] }[];
    assert.equal(funnel?.data[2]?.name, "Signed");
  });
});

describe("pipeline board → amounts", () => {
  it("bars planned and completed investment per current stage, in 亿元", () => {
    const model = boardToAmounts(board, "zh");
    const series = model.option.series as { name: string; data: number[] }[];
    assert.deepEqual(series.map((s) => s.name), ["计划投资", "完成投资"]);
    assert.deepEqual(series[0]?.data.slice(0, 5), [30, 50, 318.5, 0, 1.5]);
    assert.deepEqual(series[1]?.data[4], 1);
    assert.deepEqual((model.option.yAxis as { name: string }).name, "亿元");
    assert.deepEqual(model.table.rows[4], ["开工", "1.50亿元", "1.00亿元"]);
  });
});

describe("conference summary", () => {
  it("gives 51 / 11 / 6 / 3 / 12 for the example", () => {
    const figures = conferenceFigures(fixture<ConferenceSummary>("conference-summary"), "zh");
    assert.deepEqual(figures.map((f) => f.value), ["51个", "11个", "6个", "3个", "12个", "318.50亿元"]);
  });
});

describe("durations → bars", () => {
  const byd = toProjectDuration(fixture<Project>("project"), fixture<ProjectDurations>("project-durations"));
  it("reads the example's 70 days", () => {
    assert.deepEqual(byd, { name: "比亚迪智能手机生产基地", days: 70, workingDays: 50 });
  });
  it("highlights the fastest and lists it first", () => {
    assert.ok(byd !== null);
    const model = durationsToBars([{ name: "中粮可口可乐", days: 210, workingDays: 148 }, byd, { name: "澳优乳业", days: 120, workingDays: null }], "zh");
    const [bars] = model.option.series as { data: { value: number; itemStyle: { color: string } }[] }[];
    assert.deepEqual(bars?.data.map((d) => [d.value, d.itemStyle.color]), [[210, MUTED], [120, MUTED], [70, HIGHLIGHT]]);
    assert.deepEqual(model.table.rows[0], ["比亚迪智能手机生产基地（最快）", "70", "50"]);
    assert.deepEqual(model.table.rows[1], ["澳优乳业", "120", "—"]);
  });
  it("marks every project tying for the fewest days, and no other", () => {
    const model = durationsToBars([{ name: "甲", days: 69, workingDays: 47 }, { name: "乙", days: 90, workingDays: 64 }, { name: "丙", days: 69, workingDays: 47 }], "zh");
    assert.deepEqual(model.table.rows.map((row) => row[0]).sort(), ["丙（最快）", "乙", "甲（最快）"].sort());
  });
  it("leaves out a project the service gives no production days for", () => {
    assert.equal(toProjectDuration({ name: "x" }, { signedOn: "2019-07-01" }), null);
  });
});

describe("tooltips", () => {
  it("escape text from the API before ECharts writes it as HTML", () => {
    assert.equal(escapeHtml(`<img src=x onerror="a()">&'`), "&#60;img src=x onerror=&#34;a()&#34;&#62;&#38;&#39;");
  });
});
