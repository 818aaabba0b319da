/**
 * Sign-in through the OIDC provider the gateway names in /cockpit/config.json (the Keycloak realm
 * park-suite of `deploy/suite up --oidc`): the authorization code flow with PKCE (S256) of a
 * public client, so the page holds no secret. The access token lands in the same TokenStore the
 * paste box of the local profile fills, and is refreshed before it expires while the tab is open;
 * the refresh token stays in the tab's sessionStorage, like the access token.
 */
import { readClaims, type TokenStore } from "./token.js";

export interface LoginProvider {
  /** The provider's name as the sign-in button shows it. */
  readonly name: string;
  /** Sends the browser to the provider; on its return, completeSignIn stores the access token. */
  signIn(): Promise<void>;
  /** Completes a sign-in when the page is the provider's redirect target; false otherwise. */
  completeSignIn(location: Location): Promise<boolean>;
  /** Keeps the stored access token fresh with the refresh token, while the page is open. */
  keepFresh(onChange: () => void): void;
  /** Forgets the tokens and ends the session at the provider. */
  signOut(): void;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
}

interface Endpoints {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

interface TokenAnswer {
  access_token?: unknown;
  refresh_token?: unknown;
  error?: unknown;
  error_description?: unknown;
}

/** What the page needs of the browser, so that the flow can run in tests too. */
export interface OidcEnvironment {
  fetch: typeof fetch;
  storage: Storage;
  crypto: Crypto;
  /** The page's own URL without query or hash: the redirect target. */
  redirectUri: string;
  navigate(url: string): void;
  /** Drops the provider's query from the address bar, keeping the view. */
  replaceUrl(url: string): void;
  /** The view (the URL's hash) to come back to after the sign-in. */
  view(): string;
}

const PENDING = "parksuite.cockpit.oidc.pending";
const REFRESH = "parksuite.cockpit.oidc.refresh";
/** Refresh this long before the access token expires. */
const REFRESH_AHEAD_MS = 60_000;

export class SignInError extends Error {}

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  bytes.forEach((b) => {
    binary += String.fromCharCode(b);
  });
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomString(crypto: Crypto): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

async function challengeOf(crypto: Crypto, verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
}

/** The gateway's answer at /cockpit/config.json: an OIDC provider, or none (the paste box). */
export function parseConfig(body: unknown): OidcConfig | null {
  if (typeof body !== "object" || body === null) {
    return null;
  }
  const oidc = (body as Record<string, unknown>)["oidc"];
  if (typeof oidc !== "object" || oidc === null) {
    return null;
  }
  const { issuer, clientId } = oidc as Record<string, unknown>;
  return typeof issuer === "string" && /^https?:\/\//.test(issuer) && typeof clientId === "string" && clientId !== ""
    ? { issuer: issuer.replace(/\/$/, ""), clientId }
    : null;
}

export function oidcLoginProvider(config: OidcConfig, tokens: TokenStore, env: OidcEnvironment): LoginProvider {
  let endpoints: Promise<Endpoints> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const discover = (): Promise<Endpoints> => {
    endpoints ??= env.fetch(`${config.issuer}/.well-known/openid-configuration`, { credentials: "omit" }).then(async (response) => {
      if (!response.ok) {
        throw new SignInError(`the identity provider's configuration answered ${response.status}`);
      }
      const body = (await response.json()) as Partial<Endpoints>;
      if (typeof body.authorization_endpoint !== "string" || typeof body.token_endpoint !== "string") {
        throw new SignInError("the identity provider's configuration names no authorization or token endpoint");
      }
      return body as Endpoints;
    });
    endpoints.catch(() => {
      endpoints = null;
    });
    return endpoints;
  };

  const tokenRequest = async (form: Record<string, string>): Promise<TokenAnswer> => {
    const { token_endpoint } = await discover();
    const response = await env.fetch(token_endpoint, {
      method: "POST",
      credentials: "omit",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ client_id: config.clientId, ...form }).toString(),
    });
    const answer = (await response.json().catch(() => ({}))) as TokenAnswer;
    if (!response.ok || typeof answer.access_token !== "string" || readClaims(answer.access_token) === null) {
      const reason = typeof answer.error_description === "string" ? answer.error_description : typeof answer.error === "string" ? answer.error : String(response.status);
      throw new SignInError(`the identity provider refused the sign-in: ${reason}`);
    }
    return answer;
  };

  const store = (answer: TokenAnswer): void => {
    tokens.set(answer.access_token as string);
    if (typeof answer.refresh_token === "string") {
      env.storage.setItem(REFRESH, answer.refresh_token);
    } else {
      env.storage.removeItem(REFRESH);
    }
  };

  const provider: LoginProvider = {
    name: "Keycloak",

    async signIn() {
      const { authorization_endpoint } = await discover();
      const verifier = randomString(env.crypto);
      const state = randomString(env.crypto);
      env.storage.setItem(PENDING, JSON.stringify({ state, verifier, view: env.view() }));
      const query = new URLSearchParams({
        response_type: "code",
        client_id: config.clientId,
        redirect_uri: env.redirectUri,
        scope: "openid",
        state,
        code_challenge: await challengeOf(env.crypto, verifier),
        code_challenge_method: "S256",
      });
      env.navigate(`${authorization_endpoint}?${query.toString()}`);
    },

    async completeSignIn(location) {
      const params = new URLSearchParams(location.search);
      if (!params.has("state") || !(params.has("code") || params.has("error"))) {
        return false;
      }
      const pending = env.storage.getItem(PENDING);
      env.storage.removeItem(PENDING);
      const expected = pending === null ? null : (JSON.parse(pending) as { state?: unknown; verifier?: unknown; view?: unknown });
      env.replaceUrl(`${env.redirectUri}${typeof expected?.view === "string" && expected.view.startsWith("#") ? expected.view : location.hash}`);
      if (expected === null || expected.state !== params.get("state") || typeof expected.verifier !== "string") {
        throw new SignInError("the sign-in answer does not belong to a sign-in of this tab");
      }
      if (params.has("error")) {
        throw new SignInError(`the identity provider refused the sign-in: ${params.get("error_description") ?? params.get("error")}`);
      }
      store(await tokenRequest({ grant_type: "authorization_code", code: params.get("code") ?? "", redirect_uri: env.redirectUri, code_verifier: expected.verifier }));
      return true;
    },

    keepFresh(onChange) {
      clearTimeout(timer);
      const token = tokens.get();
      const refresh = env.storage.getItem(REFRESH);
      const expiresAt = token === null ? null : readClaims(token)?.expiresAt ?? null;
      if (refresh === null || expiresAt === null) {
        return;
      }
      const delay = Math.max(0, expiresAt * 1000 - Date.now() - REFRESH_AHEAD_MS);
      // A refused refresh (the session ended at the provider) signs the page out.
      timer = setTimeout(() => {
        tokenRequest({ grant_type: "refresh_token", refresh_token: refresh })
          .then(store)
          .catch(() => {
            tokens.clear();
            env.storage.removeItem(REFRESH);
            onChange();
          })
          .finally(() => provider.keepFresh(onChange));
      }, delay);
    },

    signOut() {
      clearTimeout(timer);
      tokens.clear();
      env.storage.removeItem(REFRESH);
      void discover()
        .then(({ end_session_endpoint }) => {
          if (end_session_endpoint !== undefined) {
            const query = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: env.redirectUri });
            env.navigate(`${end_session_endpoint}?${query.toString()}`);
          }
        })
        .catch(() => undefined);
    },
  };
  return provider;
}

/** The provider the gateway configures for this page, or null when it names none. */
export async function configuredLoginProvider(origin: string, tokens: TokenStore, env: OidcEnvironment): Promise<LoginProvider | null> {
  try {
    const response = await env.fetch(`${origin}/cockpit/config.json`, { credentials: "omit" });
    const config = response.ok ? parseConfig(await response.json()) : null;
    return config === null ? null : oidcLoginProvider(config, tokens, env);
  } catch {
    return null;
  }
}
