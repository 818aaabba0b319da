/**
 * The page's entry: styles, then the sign-in the gateway configures (if any) and the cockpit on
 * this origin with the tab's session token.
 */
import "./styles.css";
import { startCockpit } from "./app.js";
import { configuredLoginProvider, SignInError } from "./auth/oidc.js";
import { sessionTokenStore } from "./auth/token.js";

async function main(): Promise<void> {
  const origin = window.location.origin;
  const tokens = sessionTokenStore(window.sessionStorage);
  const login = await configuredLoginProvider(origin, tokens, {
    fetch: window.fetch.bind(window),
    storage: window.sessionStorage,
    crypto: window.crypto,
    redirectUri: `${origin}/cockpit/`,
    navigate: (url) => window.location.assign(url),
    replaceUrl: (url) => history.replaceState(null, "", url),
    view: () => window.location.hash,
  });
  let problem: string | null = null;
  try {
    await login?.completeSignIn(window.location);
  } catch (error) {
    problem = error instanceof SignInError ? error.message : String(error);
  }
  await startCockpit(document.getElementById("app") as HTMLElement, origin, tokens, login, problem);
}

void main();
