import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { failureKind, inBatches, load } from "../src/api/client.js";
import { cleanToken, isExpired, maySeeEnterpriseFigures, readClaims } from "../src/auth/token.js";

function jwt(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "RS256", typ: "JWT" })}.${part(claims)}.signature`;
}

describe("the token's claims, for display only", () => {
  it("reads groups, subject and expiry", () => {
    const claims = readClaims(jwt({ sub: "张三", groups: ["park-leader", 7], exp: 1_900_000_000 }));
    assert.deepEqual(claims, { subject: "张三", groups: ["park-leader"], expiresAt: 1_900_000_000 });
  });
  it("shows enterprise figures to the statistics office only", () => {
    assert.equal(maySeeEnterpriseFigures(readClaims(jwt({ groups: ["park-leader"] }))), false);
    assert.equal(maySeeEnterpriseFigures(readClaims(jwt({ groups: ["statistician"] }))), true);
    assert.equal(maySeeEnterpriseFigures(readClaims(jwt({ groups: ["park-admin", "offline_access"] }))), true);
    assert.equal(maySeeEnterpriseFigures(readClaims(jwt({ realm_access: { roles: ["park-admin"] } }))), false);
    assert.equal(maySeeEnterpriseFigures(null), false);
  });
  it("refuses what is not a JWT and strips a pasted Bearer", () => {
    assert.equal(readClaims("not-a-token"), null);
    assert.equal(readClaims("a.%%%.c"), null);
    assert.equal(cleanToken("  Bearer abc.def.ghi \n"), "abc.def.ghi");
  });
  it("knows an expired token", () => {
    const claims = readClaims(jwt({ exp: 100 }));
    assert.ok(claims !== null);
    assert.equal(isExpired(claims, new Date(200_000)), true);
    assert.equal(isExpired(claims, new Date(50_000)), false);
  });
});

describe("answers the panels explain", () => {
  it("reads a 404 on a period's figures as not released", () => {
    assert.equal(failureKind(404, "not-released"), "not-released");
    assert.equal(failureKind(404, "not-found"), "not-found");
    assert.equal(failureKind(401, "not-released"), "unauthorized");
    assert.equal(failureKind(403, "not-found"), "forbidden");
    assert.equal(failureKind(429, "not-found"), "rate-limited");
    assert.equal(failureKind(503, "not-found"), "unavailable");
    assert.equal(failureKind(500, "not-found"), "other");
  });
  it("runs tasks a few at a time, keeping their order", async () => {
    let running = 0;
    let most = 0;
    const results = await inBatches([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return n * 10;
    });
    assert.deepEqual(results, [10, 20, 30, 40, 50, 60, 70]);
    assert.equal(most, 3);
  });
});

describe("a busy gateway", () => {
  it("waits out a 429 and asks again", async () => {
    const statuses = [429, 200];
    const started = Date.now();
    const data = await load("GET /api/v1/x", async () => {
      const status = statuses.shift() ?? 500;
      const response = new Response(null, { status, headers: { "Retry-After": "1" } });
      return status === 200 ? { data: { ok: true }, response } : { error: undefined, response };
    });
    assert.deepEqual(data, { ok: true });
    assert.ok(Date.now() - started >= 900);
  });
});
