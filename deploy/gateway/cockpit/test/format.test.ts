import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  absent,
  formatCount,
  formatFigure,
  formatGrowth,
  formatMoney,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatValue,
  moneyUnit,
  monthLabel,
  periodTick,
  ytdLabel,
} from "../src/format.js";

describe("money: 元 → 万元 / 亿元", () => {
  it("shows 亿元 with two decimals from one 亿", () => {
    assert.equal(formatMoney(9_200_000_000, "zh"), "92.00亿元");
    assert.equal(formatMoney(110_000_000_000, "zh"), "1,100.00亿元");
    assert.equal(formatMoney(100_000_000, "zh"), "1.00亿元");
  });
  it("shows 万元 with one decimal below one 亿", () => {
    assert.equal(formatMoney(99_990_000, "zh"), "9,999.0万元");
    assert.equal(formatMoney(35_000, "zh"), "3.5万元");
  });
  it("keeps 元 below one 万", () => {
    assert.equal(formatMoney(9_999, "zh"), "9,999元");
  });
  it("scales negative sums by their size", () => {
    assert.equal(formatMoney(-250_000_000, "zh"), "-2.50亿元");
  });
  it("uses bn and m yuan in English", () => {
    assert.equal(formatMoney(9_200_000_000, "en"), "9.20 bn yuan");
    assert.equal(formatMoney(1_500_000, "en"), "1.5 m yuan");
    assert.equal(formatMoney(35_000, "en"), "35,000 yuan");
  });
  it("picks one unit for a whole axis from its largest value", () => {
    assert.deepEqual(moneyUnit(68_000_000_000, "zh").label, { zh: "亿元", en: "100m yuan" });
    assert.equal(moneyUnit(5_000_000, "zh").divisor, 1e4);
  });
});

describe("percentages and growth", () => {
  it("shows one decimal", () => {
    assert.equal(formatPercent(23.44), "23.4%");
    assert.equal(formatPercent(0), "0.0%");
    assert.equal(formatPercent(100), "100.0%");
  });
  it("marks growth up and down", () => {
    assert.deepEqual(formatGrowth(23.4, "zh"), { text: "↑23.4%", direction: "up", spoken: "增长23.4%" });
    assert.deepEqual(formatGrowth(-5.21, "zh"), { text: "↓5.2%", direction: "down", spoken: "下降5.2%" });
    assert.equal(formatGrowth(-5.21, "en").spoken, "down 5.2%");
  });
  it("gives no marker to growth that rounds to zero", () => {
    assert.deepEqual(formatGrowth(0.04, "zh"), { text: "0.0%", direction: "flat", spoken: "持平0.0%" });
    assert.equal(formatGrowth(-0.04, "en").text, "0.0%");
  });
  it("signs percentage points", () => {
    assert.equal(formatPoints(0.6, "zh"), "+0.6个百分点");
    assert.equal(formatPoints(-1.2, "en"), "-1.2 pp");
    assert.equal(formatPoints(0.01, "en"), "0.0 pp");
  });
});

describe("withheld and missing figures", () => {
  it("shows a withheld figure as withheld, without a reason", () => {
    assert.equal(formatFigure(null, "元", "zh", true), "不予公开");
    assert.equal(formatFigure(null, "元", "en", true), "withheld");
    assert.equal(absent("withheld", "zh"), "不予公开");
  });
  it("never shows a value that is marked withheld", () => {
    assert.equal(formatFigure(9_200_000_000, "元", "zh", true), "不予公开");
  });
  it("shows a figure that is simply not there as a dash", () => {
    assert.equal(formatFigure(null, "%", "zh", false), "—");
    assert.equal(formatFigure(undefined, "家", "en", false), "—");
  });
});

describe("other units and periods", () => {
  it("formats counts in their unit", () => {
    assert.equal(formatCount(182, "家", "zh"), "182家");
    assert.equal(formatCount(182, "家", "en"), "182 enterprises");
    assert.equal(formatCount(12_345, "人", "zh"), "12,345人");
    assert.equal(formatValue(12.5, "工作日", "zh"), "12.5个工作日");
    assert.equal(formatValue(95.7, "%", "zh"), "95.7%");
    assert.equal(formatCount(51, "个", "en"), "51");
  });
  it("names February 1–2月", () => {
    assert.equal(formatPeriod("2019-02", "zh"), "2019年1–2月");
    assert.equal(formatPeriod("2019-08", "zh"), "2019年8月");
    assert.equal(formatPeriod("2019-08", "en"), "Aug 2019");
    assert.equal(monthLabel("2019-02", "zh"), "1–2月");
    assert.equal(ytdLabel("2019-08", "en"), "Jan–Aug");
    assert.equal(periodTick("2019-08"), "2019.08");
    assert.equal(periodTick("2019-02"), "2019.1–2");
  });
});
