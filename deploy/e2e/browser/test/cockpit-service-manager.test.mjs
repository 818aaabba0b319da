/**
 * The cockpit as the service-centre manager (政务服务中心) sees the desk: the reminders across
 * departments that approval-service gives the service centre, and no key-enterprise panel.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { api, assertOnlyKnownOrigins, chartTable, signedInSession } from "./support.mjs";

const PERIOD = "2019-08";

describe("the cockpit for the service-centre manager", () => {
  let session;

  before(async () => {
    session = await signedInSession("service-manager", `#period=${PERIOD}&panel=desk`, PERIOD);
  });

  after(async () => {
    await session?.browser.close();
  });

  it("shows today's reminder board as approval-service counts it", async () => {
    const board = await api(session.token, "/api/v1/approval/statistics/reminders");
    const text = await session.page.locator("#panel-desk").innerText();
    assert.ok(text.includes(`${board.on}：今日到期 ${board.dueOn} 件，已超期 ${board.overdue} 件，今日已催办 ${board.remindersSent} 次`), text);
    // The departments are drawn on a canvas; the chart's table view carries the same rows.
    const figure = session.page.locator("#panel-desk figure.chart", { hasText: "今日到期提醒" });
    if (board.departments.length === 0) {
      assert.ok(text.includes("今日没有到期或超期的办件"), text);
      assert.equal(await figure.count(), 0);
    } else {
      const rows = await chartTable(figure);
      const expected = board.departments.map((department) => [
        department.departmentName ?? department.department,
        String(department.dueOn), String(department.overdue), String(department.remindersSent),
      ]);
      const byName = (a, b) => a[0].localeCompare(b[0]);
      assert.deepEqual([...rows].sort(byName), expected.sort(byName));
    }
    const nav = await session.page.locator("nav a").allInnerTexts();
    assert.ok(!nav.includes("重点企业"));
    assertOnlyKnownOrigins(session.requests);
    assert.deepEqual(session.failures, []);
  });
});
