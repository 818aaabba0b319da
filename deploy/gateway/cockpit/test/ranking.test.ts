import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Ranking } from "../src/api/types.js";
import { HIGHLIGHT, MUTED } from "../src/model/option.js";
import { rankingToBars } from "../src/model/ranking.js";
import { fixture } from "./fixtures.js";

const example = fixture<Ranking>("ranking");

describe("ranking → bars", () => {
  const ranking: Ranking = {
    ...example,
    parks: [
      { rank: 2, parkCode: "CHANGSHA_ETDZ", parkName: "长沙经济技术开发区", own: false, ytdValue: null, ytdGrowthPct: -1.5, source: "OFFICIAL" },
      ...example.parks,
    ],
  };
  const model = rankingToBars(ranking, "zh");
  it("puts the first rank on top and highlights this park", () => {
    const [bars] = model.option.series as { data: { value: number; itemStyle: { color: string } }[] }[];
    assert.deepEqual((model.option.yAxis as { data: string[] }).data, ["长沙经济技术开发区", "望城经济技术开发区"]);
    assert.deepEqual(bars?.data.map((d) => [d.value, d.itemStyle.color]), [[-1.5, MUTED], [10.2, HIGHLIGHT]]);
  });
  it("tables rank, park, year to date and growth", () => {
    assert.deepEqual(model.table.rows, [
      ["1", "望城经济技术开发区（本园区）", "165.00亿元", "↑10.2%"],
      ["2", "长沙经济技术开发区", "—", "↓1.5%"],
    ]);
  });
});
