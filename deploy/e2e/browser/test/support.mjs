/**
 * What every browser test of the cockpit needs: Debian's Chromium driven by playwright-core, a
 * sign-in through the suite's Keycloak as one of the realm's users, the API read with the very
 * token the page holds, and a record of every request the page makes.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const GATEWAY = (process.env.GATEWAY_URL ?? "http://127.0.0.1:8080").replace(/\/$/, "");
export const IDENTITY = new URL(process.env.KEYCLOAK_URL ?? "http://127.0.0.1:8180").origin;
const PASSWORD = process.env.PARKSUITE_KEYCLOAK_USER_PASSWORD;
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
/** deploy/e2e/target/cockpit: screenshots and the measured load times. */
export const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "target", "cockpit");
mkdirSync(OUT, { recursive: true });

/** The flags of a headless Chromium on a machine with a closed network, as root. */
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-features=Translate,OptimizationHints,MediaRouter"];

export async function launch() {
  assert.ok(PASSWORD, "PARKSUITE_KEYCLOAK_USER_PASSWORD must name the realm users' password (deploy/suite sets it)");
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/**
 * A page in a fresh context of the given size; `requests` collects every URL it asks for, and
 * `failures` every console error and uncaught exception (a CSP refusal shows up there).
 */
export async function openPage(browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  const requests = [];
  const failures = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") failures.push(message.text());
  });
  page.on("pageerror", (error) => failures.push(String(error)));
  return { context, page, requests, failures };
}

/** Opens the cockpit at `view` (the URL's hash) and signs in through Keycloak as `user`. */
export async function signIn(page, user, view) {
  try {
    await signInSteps(page, user, view);
  } catch (error) {
    await page.screenshot({ path: join(OUT, `sign-in-failed-${user}.png`) }).catch(() => undefined);
    throw error;
  }
}

async function signInSteps(page, user, view) {
  await page.goto(`${GATEWAY}/cockpit/${view}`);
  const button = page.locator("button.sign-in");
  await button.waitFor({ timeout: 20_000 });
  await button.click();
  await page.waitForURL((url) => url.origin === IDENTITY, { timeout: 20_000 });
  await page.locator("#username").fill(user);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("#kc-login").click();
  await page.waitForURL((url) => url.origin === new URL(GATEWAY).origin && url.search === "", { timeout: 20_000 });
  assert.equal(new URL(page.url()).hash, view, "the sign-in comes back to the view it left");
}

/**
 * A browser with one page signed in as `user` at `view`, drawn for `period`: the session the
 * tests of one role share, with the access token the page holds.
 */
export async function signedInSession(user, view, period) {
  const browser = await launch();
  const session = await openPage(browser);
  await signIn(session.page, user, view);
  await drawn(session.page, period);
  const token = await tokenOf(session.page);
  assert.ok(token, "the sign-in left an access token in the tab");
  return { browser, ...session, token };
}

/** Waits until every panel of the view for `period` is drawn or has said why not. */
export async function drawn(page, period) {
  await page.locator(`html[data-drawn="${period}"]`).waitFor({ state: "attached", timeout: 30_000 });
  // The charts are drawn as they become visible: one more frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The access token the page holds (sessionStorage of its tab). */
export function tokenOf(page) {
  return page.evaluate(() => sessionStorage.getItem("parksuite.cockpit.token"));
}

/** GET on the gateway with `token`; the parsed JSON body. */
export async function api(token, path) {
  const response = await fetch(`${GATEWAY}${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } });
  assert.equal(response.status, 200, `${path} answered ${response.status}: ${await response.clone().text()}`);
  return response.json();
}

/** Every request went to the gateway or the identity provider (or stayed in the page). */
export function assertOnlyKnownOrigins(requests) {
  const allowed = new Set([new URL(GATEWAY).origin, IDENTITY]);
  const foreign = requests.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:") && !allowed.has(new URL(url).origin));
  assert.deepEqual(foreign, [], "the page asked for something outside the gateway and the identity provider");
}

/** 亿元 / 万元 text → yuan, and the tolerance its rounding allows. */
export function parseYuan(text) {
  const match = /(-?[\d,.]+)\s*(亿元|万元|元)/.exec(text);
  assert.ok(match, `no amount in '${text}'`);
  const number = Number(match[1].replace(/,/g, ""));
  const scale = match[2] === "亿元" ? 1e8 : match[2] === "万元" ? 1e4 : 1;
  const decimals = (match[1].split(".")[1] ?? "").length;
  return { yuan: number * scale, tolerance: (scale * 10 ** -decimals) / 2 + 1e-6 };
}

export function assertYuan(text, expected, what) {
  const { yuan, tolerance } = parseYuan(text);
  assert.ok(Math.abs(yuan - expected) <= tolerance, `${what}: the page shows '${text}', the API ${expected}`);
}

/** A percentage as the page writes it (↑35.4%, 95.7%): the number. */
export function parsePercent(text) {
  const match = /(-?[\d.]+)\s*%/.exec(text);
  assert.ok(match, `no percentage in '${text}'`);
  return Number(match[1]) * (text.includes("↓") ? -1 : 1);
}

/** The rows of a chart's table view (the accessible twin of the chart). */
export async function chartTable(figure) {
  await figure.locator("button.tool").first().click();
  const rows = await figure.locator(".chart-table tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim())));
  await figure.locator("button.tool").first().click();
  return rows;
}
