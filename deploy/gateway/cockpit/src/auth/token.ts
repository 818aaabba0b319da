/**
 * The bearer token of the local profile: pasted by the user, kept in sessionStorage (gone when
 * the tab closes, never shared with other tabs or sent as a cookie). The token's claims are read
 * only to decide what to display; the services verify it and enforce every role themselves.
 */
const KEY = "parksuite.cockpit.token";

/** The roles whose holders may see enterprise-level figures (indicator-service's statistics-office). */
export const ENTERPRISE_FIGURE_ROLES = ["statistician", "park-admin"] as const;

/** The service centre's roles: approval-service shows them the reminders across departments. */
export const SERVICE_CENTRE_ROLES = ["service-manager", "park-admin"] as const;

export interface Claims {
  subject: string | null;
  groups: string[];
  /** Seconds since the epoch, when the token names one. */
  expiresAt: number | null;
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The claims of a JWT, unverified; null when it is not a JWT at all. */
export function readClaims(token: string): Claims | null {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[1] === undefined) {
    return null;
  }
  try {
    const payload: unknown = JSON.parse(base64UrlDecode(parts[1]));
    if (typeof payload !== "object" || payload === null) {
      return null;
    }
    const claims = payload as Record<string, unknown>;
    const groups = Array.isArray(claims["groups"]) ? claims["groups"].filter((g): g is string => typeof g === "string") : [];
    return {
      subject: typeof claims["sub"] === "string" ? claims["sub"] : null,
      groups,
      expiresAt: typeof claims["exp"] === "number" ? claims["exp"] : null,
    };
  } catch {
    return null;
  }
}

export function isExpired(claims: Claims, now: Date): boolean {
  return claims.expiresAt !== null && claims.expiresAt * 1000 <= now.getTime();
}

/** Whether the panels of enterprise-level figures are drawn at all (the server decides the data). */
export function maySeeEnterpriseFigures(claims: Claims | null): boolean {
  return claims !== null && claims.groups.some((group) => (ENTERPRISE_FIGURE_ROLES as readonly string[]).includes(group));
}

/** Whether the reminders across departments are asked for at all (the server decides the data). */
export function maySeeReminders(claims: Claims | null): boolean {
  return claims !== null && claims.groups.some((group) => (SERVICE_CENTRE_ROLES as readonly string[]).includes(group));
}

/** A pasted value without the "Bearer " a user may copy along with it. */
export function cleanToken(pasted: string): string {
  return pasted.trim().replace(/^Bearer\s+/i, "");
}

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

export function sessionTokenStore(storage: Storage): TokenStore {
  return {
    get: () => storage.getItem(KEY),
    set: (token) => storage.setItem(KEY, token),
    clear: () => storage.removeItem(KEY),
  };
}
