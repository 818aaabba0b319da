/**
 * Loading, empty and error states of a panel's section. Each says what is missing: a token, a
 * role, a released period, a service, or an endpoint that does not exist yet.
 */
import { ApiFailure } from "../api/client.js";
import { formatPeriod, type Lang } from "../format.js";
import { t } from "../i18n.js";
import { clear, el } from "./dom.js";

export function describeFailure(failure: unknown, lang: Lang, period: string): string {
  if (!(failure instanceof ApiFailure)) {
    return t(lang, "errorOther", { status: "—", what: failure instanceof Error ? failure.message : String(failure) });
  }
  const what = failure.what;
  switch (failure.kind) {
    case "no-token":
      return t(lang, "errorNoToken");
    case "unauthorized":
      return t(lang, "error401");
    case "forbidden":
      return `${t(lang, "error403")}（${what}）`;
    case "not-released":
      return t(lang, "errorNotReleased", { period: formatPeriod(period, lang) });
    case "not-found":
      return t(lang, "error404", { what });
    case "rate-limited":
      return t(lang, "error429");
    case "unavailable":
      return t(lang, "errorUnavailable", { what });
    case "network":
      return t(lang, "errorNetwork");
    case "other":
      return t(lang, "errorOther", { status: failure.status ?? "—", what: failure.problem?.detail ?? what });
  }
}

export function loadingState(lang: Lang): HTMLElement {
  return el("p", { class: "state state-loading", role: "status" }, t(lang, "loading"));
}

export function emptyState(text: string): HTMLElement {
  return el("p", { class: "state state-empty" }, text);
}

export interface Section {
  host: HTMLElement;
  /** Whether the view this section belongs to is still the one on screen. */
  current(): boolean;
}

/**
 * Draws one section: a loading state at once, then whatever `draw` puts in, or the error that
 * stopped it with a retry. Resolves when the section is drawn either way.
 */
export async function section(
  parent: HTMLElement,
  lang: Lang,
  period: string,
  current: () => boolean,
  draw: (section: Section) => Promise<void>,
  className = "section",
): Promise<void> {
  const host = el("div", { class: className, "aria-busy": "true" });
  parent.appendChild(host);
  const run = async (): Promise<void> => {
    clear(host);
    host.setAttribute("aria-busy", "true");
    host.appendChild(loadingState(lang));
    const body = el("div", { class: "section-body" });
    try {
      await draw({ host: body, current });
      if (!current()) {
        return;
      }
      clear(host);
      host.appendChild(body);
    } catch (failure) {
      if (!current()) {
        return;
      }
      clear(host);
      const kind = failure instanceof ApiFailure ? failure.kind : "other";
      const retry = el("button", { type: "button", class: "link" }, t(lang, "retry"));
      retry.addEventListener("click", () => void run());
      host.appendChild(el("div", { class: `state state-error state-${kind}`, role: "alert" }, el("p", {}, describeFailure(failure, lang, period)), retry));
    } finally {
      host.removeAttribute("aria-busy");
    }
  };
  await run();
}
