/**
 * The cockpit as the statistics office (统计) sees it: the key-enterprise panel (重点企业), which
 * only the roles that may see enterprise figures get, shows the largest enterprises the API
 * lists, 澳优's 2018 output against 2017 among them.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { api, assertOnlyKnownOrigins, assertYuan, chartTable, OUT, parsePercent, signedInSession } from "./support.mjs";

const PERIOD = "2018-12";

describe("the cockpit for the statistician, demo park", () => {
  let session;
  let token;

  before(async () => {
    session = await signedInSession("statistician", `#period=${PERIOD}&panel=key`, PERIOD);
    token = session.token;
  });

  after(async () => {
    await session?.browser.close();
  });

  it("lists the largest enterprises by 1–12月 output as the API does, 澳优 with its growth on 2017", async () => {
    const nav = await session.page.locator("nav a").allInnerTexts();
    assert.ok(nav.includes("重点企业"), `the key-enterprise panel is offered: ${nav}`);
    const list = await api(token, `/api/v1/indicators/key-enterprises?indicator=INDUSTRIAL_OUTPUT&period=${PERIOD}&limit=10`);
    const rows = await chartTable(session.page.locator("#panel-key figure.chart"));
    assert.deepEqual(rows.map((row) => row[1]), list.enterprises.map((enterprise) => enterprise.name));
    for (const [i, enterprise] of list.enterprises.entries()) {
      const row = rows[i];
      assert.equal(Number(row[0]), enterprise.rank);
      assertYuan(row[3], enterprise.ytdValue, `${enterprise.name} 1–12月`);
      if (enterprise.yoyPct != null) {
        assert.equal(parsePercent(row[5]), enterprise.yoyPct, `${enterprise.name} growth`);
      }
    }
    const ausnutria = list.enterprises.find((enterprise) => enterprise.name.includes("澳优"));
    assert.ok(ausnutria, "澳优 is among the ten largest in 2018");
    assert.ok(ausnutria.priorYtdValue > 0 && ausnutria.yoyPct != null);
    const shown = rows.find((row) => row[1].includes("澳优"));
    assertYuan(shown[4], ausnutria.priorYtdValue, "澳优 2017 1–12月");
    await session.page.waitForTimeout(800);
    await session.page.screenshot({ path: join(OUT, "key-1280x800.png"), fullPage: true });
  });

  it("asked nothing of any origin but the gateway's and the identity provider's", () => {
    assertOnlyKnownOrigins(session.requests);
    assert.deepEqual(session.failures, []);
  });
});
