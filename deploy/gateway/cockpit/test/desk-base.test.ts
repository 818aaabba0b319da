import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Dashboard, DesignationCount, IndicatorFigure, ParkTitleCounts, PlatformCounts } from "../src/api/types.js";
import { designationCards, levelsToBars } from "../src/model/base.js";
import { deskCards, deskFigures, workingDaysChart } from "../src/model/desk.js";
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
