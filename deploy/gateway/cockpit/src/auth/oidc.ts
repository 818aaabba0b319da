/**
 * Sign-in through the configured OIDC provider (the Keycloak realm park-suite of `deploy/suite up
 * --oidc`), kept apart from the token paste box so that it can be added without touching the
 * panels: whatever signs the user in only has to put an access token into the TokenStore.
 *
 * Not implemented yet. What it needs, for whoever adds it:
 * - a public client for the cockpit (authorization code with PKCE S256, redirect URI
 *   <gateway>/cockpit/, web origin the gateway's), beside the realm's park-suite-mobile;
 * - the provider's origin in the cockpit's Content-Security-Policy (connect-src for the token
 *   endpoint; a top-level redirect for the authorization endpoint needs no CSP change);
 * - refreshing the 15-minute access token before it expires, or signing in again.
 */
import type { TokenStore } from "./token.js";

export interface LoginProvider {
  /** The provider's name as the sign-in button shows it. */
  readonly name: string;
  /** Sends the browser to the provider; on its return, stores the access token. */
  signIn(store: TokenStore): Promise<void>;
  /** Completes a sign-in when the page is the provider's redirect target; false otherwise. */
  completeSignIn(store: TokenStore, location: Location): Promise<boolean>;
}

/** None configured: the page offers the token paste box only (the local profile). */
export const loginProvider: LoginProvider | null = null;
