import assert from "node:assert/strict";
import { createHash, webcrypto } from "node:crypto";
import { describe, it } from "node:test";
import { type OidcEnvironment, oidcLoginProvider, parseConfig, SignInError } from "../src/auth/oidc.js";
import type { TokenStore } from "../src/auth/token.js";

const ISSUER = "http://127.0.0.1:8180/realms/park-suite";
const REDIRECT = "http://127.0.0.1:8080/cockpit/";

function jwt(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "RS256", typ: "JWT" })}.${part(claims)}.signature`;
}

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

interface Call {
  url: string;
  form: URLSearchParams | null;
}

/** A provider that answers discovery and the token endpoint as Keycloak does. */
function world(tokenAnswer: (form: URLSearchParams) => { status: number; body: object }) {
  const calls: Call[] = [];
  const navigations: string[] = [];
  const replaced: string[] = [];
  let token: string | null = null;
  const tokens: TokenStore = { get: () => token, set: (value) => void (token = value), clear: () => void (token = null) };
  const env: OidcEnvironment = {
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      const form = typeof init?.body === "string" ? new URLSearchParams(init.body) : null;
      calls.push({ url, form });
      assert.equal(init?.credentials, "omit");
      if (url === `${ISSUER}/.well-known/openid-configuration`) {
        return Response.json({
          authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
          token_endpoint: `${ISSUER}/protocol/openid-connect/token`,
          end_session_endpoint: `${ISSUER}/protocol/openid-connect/logout`,
        });
      }
      assert.equal(url, `${ISSUER}/protocol/openid-connect/token`);
      assert.ok(form !== null);
      const answer = tokenAnswer(form);
      return Response.json(answer.body, { status: answer.status });
    }) as typeof fetch,
    storage: memoryStorage(),
    crypto: webcrypto as unknown as Crypto,
    redirectUri: REDIRECT,
    navigate: (url) => void navigations.push(url),
    replaceUrl: (url) => void replaced.push(url),
    view: () => "#period=2019-08&panel=desk",
  };
  return { calls, navigations, replaced, tokens, env, token: () => token };
}

function returnTo(query: string, hash = ""): Location {
  return { search: query, hash } as Location;
}

describe("the gateway's sign-in configuration", () => {
  it("names a provider or none", () => {
    assert.deepEqual(parseConfig({ oidc: { issuer: `${ISSUER}/`, clientId: "park-suite-cockpit" } }), { issuer: ISSUER, clientId: "park-suite-cockpit" });
    assert.equal(parseConfig({ oidc: null }), null);
    assert.equal(parseConfig({ oidc: { issuer: "javascript:alert(1)", clientId: "x" } }), null);
    assert.equal(parseConfig({ oidc: { issuer: ISSUER, clientId: "" } }), null);
    assert.equal(parseConfig("oidc"), null);
  });
});

describe("sign-in with the authorization code and PKCE", () => {
  it("sends the browser to the provider with an S256 challenge of the verifier it later redeems", async () => {
    const access = jwt({ sub: "u1", groups: ["park-leader"], exp: Math.floor(Date.now() / 1000) + 900 });
    let redeemed: URLSearchParams | null = null;
    const w = world((form) => {
      redeemed = form;
      return { status: 200, body: { access_token: access, refresh_token: "r1" } };
    });
    const provider = oidcLoginProvider({ issuer: ISSUER, clientId: "park-suite-cockpit" }, w.tokens, w.env);
    await provider.signIn();
    assert.equal(w.navigations.length, 1);
    const target = new URL(w.navigations[0] ?? "");
    assert.equal(`${target.origin}${target.pathname}`, `${ISSUER}/protocol/openid-connect/auth`);
    assert.equal(target.searchParams.get("response_type"), "code");
    assert.equal(target.searchParams.get("client_id"), "park-suite-cockpit");
    assert.equal(target.searchParams.get("redirect_uri"), REDIRECT);
    assert.equal(target.searchParams.get("code_challenge_method"), "S256");
    const state = target.searchParams.get("state") ?? "";
    assert.ok(state.length >= 40);

    assert.equal(await provider.completeSignIn(returnTo(`?state=${state}&code=abc&session_state=s`)), true);
    assert.equal(w.token(), access);
    assert.deepEqual(w.replaced, [`${REDIRECT}#period=2019-08&panel=desk`]);
    const form = redeemed as URLSearchParams | null;
    assert.ok(form !== null);
    assert.equal(form.get("grant_type"), "authorization_code");
    assert.equal(form.get("code"), "abc");
    assert.equal(form.get("client_id"), "park-suite-cockpit");
    assert.equal(form.get("redirect_uri"), REDIRECT);
    const challenge = createHash("sha256").update(form.get("code_verifier") ?? "").digest("base64url");
    assert.equal(challenge, target.searchParams.get("code_challenge"));
  });

  it("ignores a page that is no provider's answer", async () => {
    const w = world(() => assert.fail("no token request"));
    const provider = oidcLoginProvider({ issuer: ISSUER, clientId: "c" }, w.tokens, w.env);
    assert.equal(await provider.completeSignIn(returnTo("")), false);
    assert.equal(await provider.completeSignIn(returnTo("?code=abc")), false);
    assert.equal(w.calls.length, 0);
  });

  it("refuses an answer whose state this tab did not send, and stores nothing", async () => {
    const w = world(() => assert.fail("no token request"));
    const provider = oidcLoginProvider({ issuer: ISSUER, clientId: "c" }, w.tokens, w.env);
    await provider.signIn();
    await assert.rejects(provider.completeSignIn(returnTo("?state=forged&code=abc")), SignInError);
    assert.equal(w.token(), null);
    // The pending sign-in is used up: replaying the real state fails as well.
    const state = new URL(w.navigations[0] ?? "").searchParams.get("state") ?? "";
    await assert.rejects(provider.completeSignIn(returnTo(`?state=${state}&code=abc`)), SignInError);
  });

  it("says why the provider refused", async () => {
    const w = world(() => ({ status: 400, body: { error: "invalid_grant", error_description: "Code not valid" } }));
    const provider = oidcLoginProvider({ issuer: ISSUER, clientId: "c" }, w.tokens, w.env);
    await provider.signIn();
    const state = new URL(w.navigations[0] ?? "").searchParams.get("state") ?? "";
    await assert.rejects(provider.completeSignIn(returnTo(`?state=${state}&code=abc`)), /Code not valid/);
    assert.equal(w.token(), null);

    await provider.signIn();
    const second = new URL(w.navigations[1] ?? "").searchParams.get("state") ?? "";
    await assert.rejects(provider.completeSignIn(returnTo(`?state=${second}&error=access_denied`)), /access_denied/);
  });

  it("signs out locally and at the provider", async () => {
    const access = jwt({ exp: Math.floor(Date.now() / 1000) + 900 });
    const w = world(() => ({ status: 200, body: { access_token: access, refresh_token: "r1" } }));
    const provider = oidcLoginProvider({ issuer: ISSUER, clientId: "park-suite-cockpit" }, w.tokens, w.env);
    await provider.signIn();
    const state = new URL(w.navigations[0] ?? "").searchParams.get("state") ?? "";
    await provider.completeSignIn(returnTo(`?state=${state}&code=abc`));
    provider.signOut();
    assert.equal(w.token(), null);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const logout = new URL(w.navigations[1] ?? "");
    assert.equal(logout.pathname, "/realms/park-suite/protocol/openid-connect/logout");
    assert.equal(logout.searchParams.get("post_logout_redirect_uri"), REDIRECT);
  });

  it("refreshes the access token before it expires, and signs out when refused", async () => {
    const soon = Math.floor(Date.now() / 1000) + 30;
    const fresh = jwt({ exp: Math.floor(Date.now() / 1000) + 900 });
    const answers = [
      { status: 200, body: { access_token: jwt({ exp: soon }), refresh_token: "r1" } },
      { status: 200, body: { access_token: fresh, refresh_token: "r2" } },
      { status: 400, body: { error: "invalid_grant" } },
    ];
    const forms: URLSearchParams[] = [];
    const w = world((form) => {
      forms.push(form);
      return answers.shift() ?? assert.fail("no more token requests");
    });
    const provider = oidcLoginProvider({ issuer: ISSUER, clientId: "c" }, w.tokens, w.env);
    await provider.signIn();
    const state = new URL(w.navigations[0] ?? "").searchParams.get("state") ?? "";
    await provider.completeSignIn(returnTo(`?state=${state}&code=abc`));
    let changes = 0;
    provider.keepFresh(() => void (changes += 1));
    // Expiring within the minute: refreshed at once.
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(forms[1]?.get("grant_type"), "refresh_token");
    assert.equal(forms[1]?.get("refresh_token"), "r1");
    assert.equal(w.token(), fresh);
    assert.equal(changes, 0);
    // The next refresh is 14 minutes away; a refused one clears the token.
    w.tokens.set(jwt({ exp: soon }));
    provider.keepFresh(() => void (changes += 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(forms[2]?.get("refresh_token"), "r2");
    assert.equal(w.token(), null);
    assert.equal(changes, 1);
    provider.signOut();
  });
});
