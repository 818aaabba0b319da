import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { KeyEnterprises } from "../src/api/types.js";
import { keyEnterprisesToBars } from "../src/model/key.js";
import { HIGHLIGHT, MUTED } from "../src/model/option.js";
import { fixture } from "./fixtures.js";

const example = fixture<KeyEnterprises>("key-enterprises");

describe("key enterprises → bars", () => {
  const list: KeyEnterprises = {
    ...example,
    enterprises: [
      { rank: 1, uscc: "91430100MA4L11111X", name: "晟通科技集团有限公司", chains: ["NONFERROUS_ADVANCED_MANUFACTURING"], value: 1.3e9, ytdValue: 1.6e10, priorYtdValue: 1.4e10, yoyPct: 14.3, sharePct: 13.2 },
      ...example.enterprises,
      { rank: 3, uscc: "91430100MA4L33333X", name: "新进企业", chains: [], value: 2e8, ytdValue: 3.5e9, priorYtdValue: null, yoyPct: null, sharePct: 2.9 },
    ],
  };
  const model = keyEnterprisesToBars(list, "zh");
  const [bars] = model.option.series as { data: { value: number; itemStyle: { color: string } }[] }[];

  it("puts the largest on top, in 亿元, and highlights the fastest growing (澳优 2018 against 2017)", () => {
    assert.deepEqual((model.option.yAxis as { data: string[] }).data, ["新进企业", "澳优乳业（中国）有限公司", "晟通科技集团有限公司"]);
    assert.deepEqual(bars?.data.map((d) => [d.value, d.itemStyle.color]), [[35, MUTED], [100, HIGHLIGHT], [160, MUTED]]);
    assert.equal((model.option.xAxis as { name: string }).name, "亿元");
  });
  it("tables rank, name, chains, year to date, base, growth and share; no base reads —", () => {
    assert.deepEqual(model.table.columns, ["排名", "企业", "产业链", "1–12月", "上年同期", "同比", "占比"]);
    assert.deepEqual(model.table.rows, [
      ["1", "晟通科技集团有限公司", "有色金属新材料暨先进制造", "160.00亿元", "140.00亿元", "↑14.3%", "13.2%"],
      ["2", "澳优乳业（中国）有限公司", "食品加工", "100.00亿元", "69.50亿元", "↑43.9%", "8.2%"],
      ["3", "新进企业", "—", "35.00亿元", "—", "—", "2.9%"],
    ]);
  });
  it("writes bn yuan in English", () => {
    const english = keyEnterprisesToBars(list, "en");
    assert.equal((english.option.xAxis as { name: string }).name, "bn yuan");
    assert.equal(english.table.rows[1]?.[2], "Food processing");
  });
});
