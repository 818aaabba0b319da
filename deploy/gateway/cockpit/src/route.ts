/**
 * What a view is, kept in the URL's hash so that it can be bookmarked and shared:
 * #period=2019-08&panel=chains&lang=zh. The role is never part of it: it comes from the token.
 */
import type { Lang } from "./format.js";
import { isPeriod } from "./period.js";

export const PANELS = ["overview", "headline", "chains", "pipeline", "desk", "base", "key"] as const;
export type PanelId = (typeof PANELS)[number];

export interface Route {
  /** Absent until the user or the releases choose one. */
  period: string | null;
  panel: PanelId;
  lang: Lang;
}

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const period = params.get("period");
  const panel = params.get("panel");
  return {
    period: period !== null && isPeriod(period) ? period : null,
    panel: (PANELS as readonly string[]).includes(panel ?? "") ? (panel as PanelId) : "overview",
    lang: params.get("lang") === "en" ? "en" : "zh",
  };
}

export function formatRoute(route: Route): string {
  const params = new URLSearchParams();
  if (route.period !== null) {
    params.set("period", route.period);
  }
  params.set("panel", route.panel);
  params.set("lang", route.lang);
  return `#${params.toString()}`;
}
