/**
 * The cockpit as the service-centre manager (政务服务中心) sees the desk: the reminders across
 * departments that approval-service gives the service centre, and no key-enterprise panel.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { api, assertOnlyKnownOrigins, signedInSession } from "./support.mjs";

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
    for (const department of board.departments) {
      assert.ok(text.includes(department.departmentName ?? department.department), `${department.department} on the board`);
    }
    const nav = await session.page.locator("nav a").allInnerTexts();
    assert.ok(!nav.includes("重点企业"));
    assertOnlyKnownOrigins(session.requests);
    assert.deepEqual(session.failures, []);
  });
});
