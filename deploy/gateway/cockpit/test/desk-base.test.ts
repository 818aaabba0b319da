import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Dashboard, DesignationCount, IndicatorFigure, ParkTitleCounts, PlatformCounts, ReminderBoard, WeeklyApplications } from "../src/api/types.js";
import { designationCards, levelsToBars } from "../src/model/base.js";
import { deskCards, deskFigures, remindersToBars, weeklyRange, weeklyToBars, workingDaysChart } from "../src/model/desk.js";
import { HIGHLIGHT } from "../src/model/option.js";
import { fixture } from "./fixtures.js";

const dashboard = fixture<Dashboard>("dashboard");
const example = dashboard.indicators[0] as IndicatorFigure;

function desk(code: string, unit: string, change: Partial<IndicatorFigure>): IndicatorFigure {
  return { ...example, code, unit, source: "APPROVALS", scope: "ALL", yoyPct: null, rank: null, rankOf: null, target: null, targetProgressPct: null, ...change };
}

describe("one-stop desk", () => {
  const days = desk("AVERAGE_WORKING_DAYS", "工作日", { nameZh: "平均办理时间", value: 3.2, ytdValue: 4.1, target: 8.5, targetProgressPct: 48.2 });
  const board: Dashboard = {
    ...dashboard,
    indicators: [example, desk("OVERDUE_APPLICATIONS", "件", { nameZh: "超期办件数", value: 0, ytdValue: 2 }), days, desk("ONLINE_RATE", "%", { nameZh: "网上办率", value: 96.55, ytdValue: 95.1 })],
  };
  it("takes the desk's figures from the dashboard, in the desk's order", () => {
    assert.deepEqual(deskFigures(board).map((f) => f.code), ["ONLINE_RATE", "AVERAGE_WORKING_DAYS", "OVERDUE_APPLICATIONS"]);
    assert.deepEqual(deskFigures(dashboard), []);
  });
  it("formats rates, days against promised, and counts", () => {
    assert.deepEqual(deskCards(deskFigures(board), "zh"), [
      { code: "ONLINE_RATE", name: "网上办率", month: "96.6%", ytd: "95.1%", promised: null },
      { code: "AVERAGE_WORKING_DAYS", name: "平均办理时间", month: "3.2个工作日", ytd: "4.1个工作日", promised: "8.5个工作日" },
      { code: "OVERDUE_APPLICATIONS", name: "超期办件数", month: "0件", ytd: "2件", promised: null },
    ]);
  });
  it("charts the working days against the promised average", () => {
    const model = workingDaysChart(days, "zh");
    const [bars] = model.option.series as { data: { value: number | null }[] }[];
    assert.deepEqual(bars?.data.map((d) => d.value), [3.2, 4.1, 8.5]);
    assert.deepEqual(model.table.rows.at(-1), ["承诺时限平均", "8.5个工作日"]);
  });
});

describe("applications per week", () => {
  it("asks for the eight weeks before the month and the month itself", () => {
    assert.deepEqual(weeklyRange("2019-08"), { from: "2019-06-06", to: "2019-08-31" });
    assert.deepEqual(weeklyRange("2020-02"), { from: "2019-12-07", to: "2020-02-29" });
  });
  const model = weeklyToBars(fixture<WeeklyApplications>("weekly-applications"), "2019-08", "zh");
  it("bars submitted, accepted and concluded per week, the weeks outside the month faded", () => {
    const series = model.option.series as { name: string; data: { value: number; itemStyle: { opacity: number } }[] }[];
    assert.deepEqual(series.map((entry) => entry.name), ["提交", "受理", "办结"]);
    assert.deepEqual(series.map((entry) => entry.data.map((d) => d.value)), [[4, 4], [4, 4], [3, 6]]);
    assert.deepEqual((model.option.xAxis as { data: string[] }).data, ["7/29", "8/5"]);
    assert.deepEqual(series[0]?.data.map((d) => d.itemStyle.opacity), [1, 1], "the week of 7/29 reaches into August");
    const july = weeklyToBars(fixture<WeeklyApplications>("weekly-applications"), "2019-07", "zh").option.series as { data: { itemStyle: { opacity: number } }[] }[];
    assert.deepEqual(july[0]?.data.map((d) => d.itemStyle.opacity), [1, 0.45]);
  });
  it("tables every week with its counts", () => {
    assert.deepEqual(model.table.rows, [
      ["2019-W31 (7/29–8/4)", "4件", "4件", "3件", "0件"],
      ["2019-W32 (8/5–8/11)", "4件", "4件", "6件", "1件"],
    ]);
  });
});

describe("reminders across departments", () => {
  const model = remindersToBars(fixture<ReminderBoard>("reminder-board"), "zh");
  it("puts the department with the most overdue tasks first", () => {
    assert.deepEqual(model.table.rows, [
      ["望城区自然资源局", "1", "2", "2"],
      ["望城区市场监督管理局", "3", "0", "3"],
    ]);
    assert.deepEqual((model.option.yAxis as { data: string[] }).data, ["望城区市场监督管理局", "望城区自然资源局"]);
    const [overdue] = model.option.series as { itemStyle: { color: string }; data: number[] }[];
    assert.equal(overdue?.itemStyle.color, HIGHLIGHT);
    assert.deepEqual(overdue?.data, [0, 2]);
  });
});

describe("enterprise base", () => {
  it("counts the year's designations, 0 where a type has no row", () => {
    const cards = designationCards([fixture<DesignationCount>("designation-count")], 2019, "zh");
    assert.deepEqual(cards, [
      { label: "规模以上工业企业", held: "0家", newlyGranted: "当年新增 0家" },
      { label: "高新技术企业", held: "58家", newlyGranted: "当年新增 12家" },
      { label: "智能制造试点示范企业", held: "0家", newlyGranted: "当年新增 0家" },
    ]);
    assert.equal(designationCards([fixture<DesignationCount>("designation-count")], 2018, "zh")[1]?.held, "0家");
  });
  it("draws platforms and park titles by level, national first", () => {
    const platforms = levelsToBars(fixture<PlatformCounts>("platform-counts").byLevel, "zh");
    assert.deepEqual(platforms.table.rows, [["国家级", "3"], ["省级", "2"]]);
    const titles = levelsToBars({ PROVINCIAL: 2, NATIONAL: 1, ...{} }, "en");
    assert.deepEqual(titles.table.rows, [["National", "1"], ["Provincial", "2"]]);
    assert.equal(fixture<ParkTitleCounts>("park-title-counts").total, 3);
  });
});
