/**
 * The cockpit's shell: header (month, language, token), the panel navigation, and the panels of
 * the view the URL names. Every change of view is a change of the URL's hash, so the back button,
 * bookmarks and shared links all work the same way.
 */
import { type Api, createApi } from "./api/client.js";
import type { LoginProvider } from "./auth/oidc.js";
import { type Claims, cleanToken, isExpired, readClaims, type TokenStore } from "./auth/token.js";
import { disposeCharts } from "./charts/chart.js";
import { type Lang, monthLabel } from "./format.js";
import { t } from "./i18n.js";
import { basePanel } from "./panels/base.js";
import { chainsPanel } from "./panels/chains.js";
import { deskPanel } from "./panels/desk.js";
import { headlinePanel } from "./panels/headline.js";
import { keyPanel } from "./panels/key.js";
import { type Panel, type PanelContext, releasesOf } from "./panels/panel.js";
import { pipelinePanel } from "./panels/pipeline.js";
import { defaultPeriod, periodOf, splitPeriod } from "./period.js";
import { formatRoute, parseRoute, type Route } from "./route.js";
import { clear, el } from "./ui/dom.js";
import { emptyState } from "./ui/states.js";

const PANELS: readonly Panel[] = [headlinePanel, chainsPanel, pipelinePanel, deskPanel, basePanel, keyPanel];

let store: TokenStore;
let login: LoginProvider | null = null;
/** Why the last sign-in through the provider failed, shown once in the token box. */
let signInProblem: string | null = null;
let api: Api;
let root: HTMLElement;
let view = 0;

function usableToken(): string | null {
  const token = store.get();
  if (token === null) {
    return null;
  }
  const claims = readClaims(token);
  return claims === null || isExpired(claims, new Date()) ? null : token;
}

function go(route: Route): void {
  window.location.hash = formatRoute(route);
}

function periodPicker(route: Route & { period: string }, lang: Lang): HTMLElement {
  const { year, month } = splitPeriod(route.period);
  const years = el("select", { "aria-label": t(lang, "year") });
  // From this year back to 2015, and to a bookmarked month's year if it lies outside.
  for (let y = Math.max(new Date().getFullYear(), year); y >= Math.min(2015, year); y -= 1) {
    years.appendChild(el("option", { value: y, selected: y === year }, lang === "zh" ? `${y}年` : String(y)));
  }
  const months = el("select", { "aria-label": t(lang, "period") });
  for (let m = 2; m <= 12; m += 1) {
    // February is 1–2月: January is reported with it and is no period of its own.
    months.appendChild(el("option", { value: m, selected: m === month }, monthLabel(periodOf(2000, m), lang)));
  }
  const change = () => go({ ...route, period: periodOf(Number(years.value), Number(months.value)) });
  years.addEventListener("change", change);
  months.addEventListener("change", change);
  return el("div", { class: "picker" }, el("span", { class: "muted" }, t(lang, "period")), years, months);
}

function roleList(claims: Claims): string {
  return claims.groups.filter((g) => !g.startsWith("default-roles") && g !== "offline_access" && g !== "uma_authorization").join(", ") || "—";
}

/** Sign-in through the configured provider: a button, or the roles and a sign-out. */
function signInBox(lang: Lang, provider: LoginProvider, claims: Claims | null, expired: boolean): HTMLElement {
  const status = claims === null ? t(lang, expired ? "signInExpired" : "tokenNone") : `${t(lang, "tokenRoles")}: ${roleList(claims)}`;
  const action = el("button", { type: "button", class: claims === null ? "sign-in" : "link sign-out" }, claims === null ? `${t(lang, "signIn")} (${provider.name})` : t(lang, "tokenClear"));
  action.addEventListener("click", () => {
    if (claims === null) {
      void provider.signIn().catch((error: unknown) => {
        signInProblem = error instanceof Error ? error.message : String(error);
        void render();
      });
    } else {
      provider.signOut();
      void render();
    }
  });
  const problem = signInProblem === null ? null : el("p", { class: "error", role: "alert" }, `${t(lang, "signInFailed")}: ${signInProblem}`);
  signInProblem = null;
  return el("div", { class: "auth auth-oidc" }, el("span", { class: "auth-status" }, status), action, problem);
}

/** The local profile's paste box: no provider configured. */
function tokenBox(lang: Lang, claims: Claims | null, expired: boolean): HTMLElement {
  const status = claims === null ? t(lang, expired ? "tokenExpired" : "tokenNone") : `${t(lang, "tokenRoles")}: ${roleList(claims)}`;
  const input = el("textarea", { rows: 3, spellcheck: "false", autocomplete: "off", placeholder: t(lang, "tokenPlaceholder"), "aria-label": t(lang, "tokenLabel") });
  const message = el("p", { class: "muted", role: "status" }, t(lang, "tokenStored"));
  const save = el("button", { type: "button" }, t(lang, "tokenSave"));
  save.addEventListener("click", () => {
    const token = cleanToken(input.value);
    if (readClaims(token) === null) {
      message.textContent = t(lang, "tokenInvalid");
      return;
    }
    store.set(token);
    void render();
  });
  const signOut = el("button", { type: "button", class: "link" }, t(lang, "tokenClear"));
  signOut.addEventListener("click", () => {
    store.clear();
    void render();
  });
  return el(
    "details",
    { class: "auth", open: claims === null },
    el("summary", {}, status),
    el("div", { class: "auth-body" }, el("label", {}, t(lang, "tokenLabel"), input), el("div", { class: "auth-actions" }, save, claims === null ? null : signOut), message),
  );
}

async function choosePeriod(shared: PanelContext["shared"]): Promise<string> {
  if (usableToken() === null) {
    return defaultPeriod([], new Date());
  }
  try {
    const releases = await releasesOf({ api, shared });
    return defaultPeriod(releases.filter((release) => release.released).map((release) => release.period), new Date());
  } catch {
    return defaultPeriod([], new Date());
  }
}

/** Resolves when the view is drawn: every panel shows its figures or says why it cannot. */
async function render(): Promise<void> {
  const mine = ++view;
  const parsed = parseRoute(window.location.hash);
  const lang = parsed.lang;
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = t(lang, "title");
  const shared: PanelContext["shared"] = new Map();
  const period = parsed.period ?? (await choosePeriod(shared));
  if (mine !== view) {
    return;
  }
  const route = { ...parsed, period };
  // Only a period chosen from the releases goes into the URL: without a token the month is a
  // guess, and the token pasted next should open on the latest release instead.
  if (parsed.period === null && usableToken() !== null) {
    history.replaceState(null, "", formatRoute(route));
  }
  const token = store.get();
  const claims = token === null ? null : readClaims(token);
  const expired = claims !== null && isExpired(claims, new Date());
  const usableClaims = expired ? null : claims;
  const context: PanelContext = { period, lang, api, claims: usableClaims, shared, current: () => mine === view };

  disposeCharts(root);
  clear(root);
  delete document.documentElement.dataset["drawn"];
  const language = el("a", { class: "lang", href: formatRoute({ ...route, lang: lang === "zh" ? "en" : "zh" }), title: t(lang, "languageHint"), lang: lang === "zh" ? "en" : "zh-CN" }, t(lang, "language"));
  const shown = PANELS.filter((panel) => panel.shown(context));
  const nav = el(
    "nav",
    { "aria-label": t(lang, "title") },
    ...[{ id: "overview" as const, title: "overview" as const }, ...shown].map((panel) =>
      el("a", { href: formatRoute({ ...route, panel: panel.id }), "aria-current": panel.id === route.panel ? "page" : undefined }, t(lang, panel.title)),
    ),
  );
  const main = el("main", { id: "panels", class: route.panel === "overview" ? "overview" : "single" });
  root.append(
    el("header", {}, el("h1", {}, t(lang, "title")), periodPicker(route, lang), language, login === null ? tokenBox(lang, usableClaims, expired) : signInBox(lang, login, usableClaims, expired)),
    nav,
    main,
  );

  if (usableClaims === null) {
    main.appendChild(emptyState(t(lang, login !== null ? (expired ? "signInExpired" : "errorSignIn") : expired ? "tokenExpired" : "errorNoToken")));
    return;
  }
  const chosen = route.panel === "overview" ? shown : shown.filter((panel) => panel.id === route.panel);
  if (chosen.length === 0) {
    main.appendChild(emptyState(t(lang, "keyHidden")));
    document.documentElement.dataset["drawn"] = period;
    return;
  }
  const started = performance.now();
  await Promise.all(
    chosen.map((panel) => {
      const body = el("div", { class: "panel-body" });
      main.appendChild(
        el("section", { class: `panel panel-${panel.id}`, id: `panel-${panel.id}`, "aria-labelledby": `title-${panel.id}` }, el("h2", { id: `title-${panel.id}` }, t(lang, panel.title)), body),
      );
      return panel.render(body, context);
    }),
  );
  if (mine === view) {
    // For the browser tests: when every panel of the view is drawn or has said why not.
    document.documentElement.dataset["drawn"] = period;
    performance.measure("cockpit:panels-drawn", { start: started });
  }
}

/**
 * Starts the cockpit in `element`, calling the API of `origin` with the token kept in `tokens`;
 * `provider` signs the user in when the gateway configures one (otherwise the paste box), and
 * `problem` says why a sign-in that just returned failed.
 */
export function startCockpit(element: HTMLElement, origin: string, tokens: TokenStore, provider: LoginProvider | null = null, problem: string | null = null): Promise<void> {
  root = element;
  store = tokens;
  login = provider;
  signInProblem = problem;
  api = createApi(origin, usableToken);
  window.addEventListener("hashchange", () => void render());
  login?.keepFresh(() => void render());
  return render();
}
