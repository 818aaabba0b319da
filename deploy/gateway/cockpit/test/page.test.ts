/**
 * The whole page in a DOM without layout (happy-dom): the shell and every panel drawn from the
 * OpenAPI examples through the real clients, with fetch answering for the gateway. Charts are not
 * painted here (nothing has a size), but their table views are in the DOM; the browser tier
 * (deploy/e2e/browser) checks the paint against the running suite.
 */
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { Window } from "happy-dom";
import type { Dashboard, IndicatorFigure } from "../src/api/types.js";
import { fixture } from "./fixtures.js";

const ORIGIN = "http://127.0.0.1:8080";
const dashboard = fixture<Dashboard>("dashboard");
const example = fixture<IndicatorFigure>("indicator-figure");
const windows: Window[] = [];

function jwt(groups: string[]): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "RS256" })}.${part({ sub: "tester", groups, exp: 4_000_000_000 })}.signature`;
}

type Answer = { status: number; body: unknown };

/** The gateway's answers by path, as the contracts' examples give them. */
function answers(path: string, query: URLSearchParams): Answer {
  const ok = (body: unknown): Answer => ({ status: 200, body });
  switch (path) {
    case "/api/v1/indicators/dashboard":
      return ok({
        ...dashboard,
        indicators: [
          ...dashboard.indicators,
          { ...example, code: "ONLINE_RATE", nameZh: "网上办率", unit: "%", source: "APPROVALS", value: 96.2, ytdValue: 95.0, yoyPct: null, rank: null, rankOf: null, target: null, targetProgressPct: null },
        ],
      });
    case "/api/v1/indicators/releases":
      return ok([{ period: "2018-02", releasedAt: "2018-03-20T10:00:00+08:00", released: true }, { period: "2019-08", releasedAt: "2019-09-20T10:00:00+08:00", released: true }]);
    case "/api/v1/indicators/series": {
      const member = query.get("member") ?? "";
      return ok(member === "ELECTRONIC_INFORMATION" ? [{ ...example, dimension: "CHAIN", member, period: "2019-07" }, { ...example, dimension: "CHAIN", member }] : []);
    }
    case "/api/v1/indicators/rankings":
      return ok(fixture("ranking"));
    case "/api/v1/indicators/key-enterprises":
      return ok(fixture("key-enterprises"));
    case "/api/v1/approval/statistics/weekly":
      return ok(fixture("weekly-applications"));
    case "/api/v1/approval/statistics/reminders":
      return ok(fixture("reminder-board"));
    case "/api/v1/indicators/breakdown":
      return ok({ ...fixture<object>("breakdown"), cells: [{ ...example, dimension: "CHAIN", member: "ELECTRONIC_INFORMATION" }] });
    case "/api/v1/projects/board":
      return ok({ projects: 51, plannedInvestmentYuan: 31_850_000_000, stages: [{ stage: "SIGNED", label: "签约", projects: 51, plannedInvestmentYuan: 31_850_000_000, completedInvestmentYuan: 0 }] });
    case "/api/v1/conferences":
      return ok({ items: [fixture("conference")], page: 0, size: 1, total: 1 });
    case "/api/v1/projects":
      return ok({ items: query.get("stage") === "PRODUCTION" ? [fixture("project")] : [], page: 0, size: 20, total: 1 });
    case "/api/v1/registry/statistics/designations":
      return ok([fixture("designation-count")]);
    case "/api/v1/registry/statistics/platforms":
      return ok(fixture("platform-counts"));
    case "/api/v1/registry/statistics/park-titles":
      return ok(fixture("park-title-counts"));
    default:
      if (/^\/api\/v1\/conferences\/[^/]+\/summary$/.test(path)) {
        return ok(fixture("conference-summary"));
      }
      if (/^\/api\/v1\/projects\/[^/]+\/durations$/.test(path)) {
        return ok(fixture("project-durations"));
      }
      return { status: 404, body: { type: "about:blank", title: "Not Found", status: 404 } };
  }
}

interface Page {
  window: Window;
  document: Document;
  requests: Request[];
  text(selector: string): string;
}

/** Opens the cockpit at `hash` with a token of `groups` (none: no token) and waits until it is drawn. */
async function open(hash: string, groups: string[] | null, override: (path: string) => Answer | null = () => null): Promise<Page> {
  const window = new Window({ url: `${ORIGIN}/cockpit/${hash}` });
  windows.push(window);
  const requests: Request[] = [];
  const globals: Record<string, unknown> = {
    window,
    document: window.document,
    history: window.history,
    navigator: window.navigator,
    ResizeObserver: window.ResizeObserver,
    fetch: async (request: Request) => {
      requests.push(request);
      const url = new URL(request.url);
      const answer = override(url.pathname) ?? answers(url.pathname, url.searchParams);
      const type = answer.status < 400 ? "application/json" : "application/problem+json";
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { "Content-Type": type } });
    },
  };
  // defineProperty, not assignment: newer Node versions define navigator as a getter only.
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  const root = window.document.createElement("div");
  window.document.body.appendChild(root);
  const storage = window.sessionStorage;
  const { startCockpit } = await import("../src/app.js");
  const { sessionTokenStore } = await import("../src/auth/token.js");
  const store = sessionTokenStore(storage as unknown as Storage);
  if (groups !== null) {
    store.set(jwt(groups));
  }
  await startCockpit(root as unknown as HTMLElement, ORIGIN, store);
  const document = window.document as unknown as Document;
  return { window, document, requests, text: (selector) => document.querySelector(selector)?.textContent ?? "" };
}

after(async () => {
  for (const window of windows) {
    await window.happyDOM.close();
  }
});

describe("the page", () => {
  it("draws every panel of the month for a park leader, calling only /api/v1 with the token", async () => {
    const page = await open("#period=2019-08&panel=overview&lang=zh", ["park-leader"]);
    assert.equal(page.document.documentElement.dataset["drawn"], "2019-08");
    const card = page.text('.panel-headline .card[data-code="INDUSTRIAL_OUTPUT"]');
    for (const expected of ["规模工业总产值", "92.00亿元", "680.00亿元", "↑23.4%", "第1位 / 5个国家级园区", "61.8%"]) {
      assert.ok(card.includes(expected), `${expected} in ${card}`);
    }
    assert.ok(page.text(".panel-headline").includes("望城经济技术开发区"));
    assert.ok(page.text(".panel-headline table").includes("望城经济技术开发区（本园区）"));
    assert.ok(page.text(".panel-chains").includes("各产业链规模工业总产值（近24个月）"));
    assert.ok(page.text(".panel-chains table").includes("电子信息"));
    assert.ok(page.text(".panel-pipeline .figures").includes("51个"));
    assert.ok(page.text(".panel-pipeline").includes("比亚迪智能手机生产基地（最快）"));
    assert.ok(page.text('.panel-desk .card[data-code="ONLINE_RATE"]').includes("96.2%"));
    assert.ok(page.text(".panel-desk figcaption").includes("每周办件量"));
    assert.ok(page.text(".panel-desk table").includes("2019-W32 (8/5–8/11)"));
    assert.ok(page.text(".panel-desk").includes("跨部门催办情况仅向政务服务中心展示"));
    assert.ok(!page.requests.some((r) => r.url.includes("/statistics/reminders")), "no reminders asked for a park leader");
    const weekly = page.requests.find((r) => r.url.includes("/api/v1/approval/statistics/weekly"));
    assert.ok(weekly?.url.includes("from=2019-06-06") && weekly.url.includes("to=2019-08-31"), weekly?.url);
    assert.ok(page.text(".panel-base").includes("58家"));
    assert.equal(page.document.querySelector(".panel-key"), null, "a park leader never sees the key-enterprise panel");
    assert.equal(page.document.querySelectorAll(".state-error").length, 0, page.text("main"));
    for (const request of page.requests) {
      assert.ok(request.url.startsWith(`${ORIGIN}/api/v1/`), request.url);
      assert.ok(request.headers.get("Authorization")?.startsWith("Bearer "), request.url);
    }
    assert.ok(page.requests.some((r) => r.url.includes("/api/v1/indicators/series") && r.url.includes("from=2018-02") && r.url.includes("to=2019-08")), "24 months back, from the first release");
  });

  it("shows the statistics office the key enterprises, and no one else", async () => {
    const page = await open("#period=2018-12&panel=key&lang=en", ["statistician"]);
    assert.ok(page.text(".panel-key").includes("澳优乳业（中国）有限公司"));
    assert.ok(page.text(".panel-key figcaption").includes("Top 1 enterprises by Gross industrial output value"), page.text(".panel-key figcaption"));
    assert.equal(page.document.querySelectorAll(".panel").length, 1);
    assert.equal(page.document.documentElement.lang, "en");
    const request = page.requests.find((r) => r.url.includes("/api/v1/indicators/key-enterprises"));
    assert.ok(request?.url.includes("period=2018-12") && request.url.includes("indicator=INDUSTRIAL_OUTPUT"), request?.url);
    const leader = await open("#period=2018-12&panel=key", ["park-leader"]);
    assert.equal(leader.document.querySelectorAll(".panel").length, 0);
    assert.ok(leader.text("main").includes("经披露控制的汇总数据"));
    assert.ok(!leader.requests.some((r) => r.url.includes("key-enterprises")));
  });

  it("shows the service centre the reminders across departments", async () => {
    const page = await open("#period=2019-08&panel=desk", ["service-manager"]);
    assert.ok(page.text(".panel-desk").includes("2026-12-09：今日到期 4 件，已超期 2 件，今日已催办 5 次"));
    assert.ok(page.text(".panel-desk").includes("望城区自然资源局"));
  });

  it("says a period is not released, and asks for a token on a 401", async () => {
    const unreleased = await open("#period=2026-10&panel=headline", ["park-leader"], (path) =>
      path === "/api/v1/indicators/dashboard" ? { status: 404, body: { type: "about:blank", title: "Not Found", status: 404 } } : null,
    );
    assert.ok(unreleased.text(".panel-headline .state-error").includes("2026年10月的数据尚未正式发布"));
    const refused = await open("#period=2019-08&panel=base", ["park-leader"], () => ({ status: 401, body: { type: "about:blank", title: "Unauthorized", status: 401 } }));
    assert.ok(refused.text(".panel-base .state-error").includes("请重新粘贴令牌"));
  });

  it("asks for a token before calling anything, and opens on the latest release", async () => {
    const page = await open("#panel=overview", null);
    assert.ok(page.text("main").includes("请先粘贴访问令牌"));
    assert.equal(page.requests.length, 0);
    assert.equal(page.window.location.hash.includes("period="), false, "a month guessed without a token stays out of the URL");
    const signedIn = await open("#panel=desk", ["service-manager"], (path) =>
      path === "/api/v1/indicators/releases" ? { status: 200, body: [{ period: "2019-07", releasedAt: "2019-08-20T10:00:00+08:00", released: true }, { period: "2019-08", releasedAt: "2019-09-20T10:00:00+08:00", released: true }, { period: "2019-09", releasedAt: "2019-10-20T10:00:00+08:00", released: false }] } : null,
    );
    assert.ok(signedIn.window.location.hash.includes("period=2019-08"), signedIn.window.location.hash);
  });
});
