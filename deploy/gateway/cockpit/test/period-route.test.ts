import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultPeriod, isPeriod, periodRange, periodsBefore, windowStart } from "../src/period.js";
import { formatRoute, parseRoute } from "../src/route.js";

describe("periods", () => {
  it("has no January of its own", () => {
    assert.equal(isPeriod("2019-01"), false);
    assert.equal(isPeriod("2019-02"), true);
    assert.equal(periodsBefore("2019-02", 1), "2018-12");
    assert.equal(periodsBefore("2019-08", 7), "2018-12");
  });
  it("spans 24 calendar months for the chains' series", () => {
    assert.equal(windowStart("2019-08", 24), "2017-09");
    assert.equal(windowStart("2019-02", 24), "2017-03");
    assert.equal(windowStart("2019-12", 24), "2018-02");
    assert.equal(periodRange("2017-09", "2019-08").length, 22);
  });
  it("opens on the latest released period", () => {
    assert.equal(defaultPeriod(["2019-07", "2019-08", "2018-12"], new Date(2026, 11, 4)), "2019-08");
    assert.equal(defaultPeriod([], new Date(2026, 11, 4)), "2026-11");
    assert.equal(defaultPeriod([], new Date(2026, 1, 10)), "2025-12");
  });
});

describe("the URL of a view", () => {
  it("keeps month, panel and language", () => {
    const route = parseRoute("#period=2019-08&panel=chains&lang=en");
    assert.deepEqual(route, { period: "2019-08", panel: "chains", lang: "en" });
    assert.deepEqual(parseRoute(formatRoute(route)), route);
  });
  it("falls back on what it cannot read", () => {
    assert.deepEqual(parseRoute("#period=2019-01&panel=admin&lang=fr"), { period: null, panel: "overview", lang: "zh" });
    assert.deepEqual(parseRoute(""), { period: null, panel: "overview", lang: "zh" });
  });
  it("never carries a role", () => {
    assert.equal(formatRoute(parseRoute("#period=2019-08&role=park-admin")).includes("role"), false);
  });
});
