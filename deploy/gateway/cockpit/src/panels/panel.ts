/** What every panel gets to draw itself, and what it tells the page. */
import { type Api, load } from "../api/client.js";
import type { Dashboard, Release } from "../api/types.js";
import type { Claims } from "../auth/token.js";
import type { Lang } from "../format.js";
import type { TextKey } from "../i18n.js";
import type { PanelId } from "../route.js";

export interface PanelContext {
  period: string;
  lang: Lang;
  api: Api;
  /** The token's claims, for display decisions only. */
  claims: Claims | null;
  /** Requests shared by panels within one view (the dashboard feeds the board and the desk). */
  shared: Map<string, Promise<unknown>>;
  /** False once the user has moved on to another month, panel or language. */
  current(): boolean;
}

export interface Panel {
  id: Exclude<PanelId, "overview">;
  title: TextKey;
  /** Whether the panel is drawn at all for this user. */
  shown(context: PanelContext): boolean;
  /** Draws into `body`; resolves when every section is drawn or has said why not. */
  render(body: HTMLElement, context: PanelContext): Promise<void>;
}

function shared<T>(context: Pick<PanelContext, "shared">, key: string, fetch: () => Promise<T>): Promise<T> {
  let promise = context.shared.get(key) as Promise<T> | undefined;
  if (promise === undefined) {
    promise = fetch();
    context.shared.set(key, promise);
  }
  return promise;
}

/** indicator-service's dashboard of the month, fetched once per view. */
export function dashboardOf(context: PanelContext): Promise<Dashboard> {
  return shared(context, `dashboard:${context.period}`, () =>
    load(
      "GET /api/v1/indicators/dashboard",
      () => context.api.indicators.GET("/api/v1/indicators/dashboard", { params: { query: { period: context.period } } }),
      "not-released",
    ),
  );
}

/** indicator-service's releases, fetched once per view (the page's default month needs them too). */
export function releasesOf(context: Pick<PanelContext, "api" | "shared">): Promise<Release[]> {
  return shared(context, "releases", () =>
    load("GET /api/v1/indicators/releases", () => context.api.indicators.GET("/api/v1/indicators/releases")),
  );
}

/** A file name for a chart's PNG: the panel, the chart and the month. */
export function pngName(context: PanelContext, chart: string): string {
  return `cockpit-${chart}-${context.period}`;
}
