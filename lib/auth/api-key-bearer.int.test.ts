import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { auditRows, clientIdOf, userIdOf } from "@/db/testing/lookups";
import { createApiKey } from "@/lib/dal/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/dal/api-keys/revoke-api-key";
import { updateClient } from "@/lib/dal/clients/update-client";
import { removePerson } from "@/lib/dal/people/remove-person";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { updatePerson } from "@/lib/dal/people/update-person";
import { authenticateApiKey } from "./current-actor";

// Real route modules on a real database, authenticated by nothing but the Authorization header:
// the same verbs a session reaches, narrowed to the key (SPEC §12).
async function call(secret: string, path: string, init: { method?: string; body?: unknown } = {}) {
  const host = testHosts().console;
  const request = new Request(`http://${host}${path}`, {
    method: init.method ?? "GET",
    headers: { host, authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const id = path.split("/")[4];
  const route = id ? await import("@/app/api/v1/clients/[id]/route") : await import("@/app/api/v1/clients/route");
  const handler = (route as Record<string, unknown>)[init.method ?? "GET"] as (
    r: Request,
    c: { params: Promise<Record<string, string>> },
  ) => Promise<Response>;
  const response = await handler(request, { params: Promise.resolve<Record<string, string>>(id ? { id } : {}) });
  return { status: response.status, body: await response.json() };
}
const keyRequest = (secret: string) =>
  new Request("http://x/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });

describe("Bearer authentication on /api/v1", () => {
  it("an unknown, malformed, revoked or expired key is 401 in the §9 shape", async () => {
    for (const secret of ["sk_nope", "", "two words"]) {
      const answer = await call(secret, "/api/v1/clients");
      expect(answer).toEqual({
        status: 401,
        body: { error: { code: "unauthenticated", message: expect.any(String) } },
      });
    }
    const admin = await staffFor("admin@acme.test");
    const key = await createApiKey(admin, { name: "reader", scopes: ["client.read"] });
    expect((await call(key.secret, "/api/v1/clients")).status).toBe(200);
    await revokeApiKey(admin, key.id);
    expect((await call(key.secret, "/api/v1/clients")).status).toBe(401);
    const other = await createApiKey(admin, { name: "old", scopes: ["client.read"] });
    await (
      await getDb()
    )
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiKeys.id, other.id));
    expect((await call(other.secret, "/api/v1/clients")).status).toBe(401);
  });

  it("a scope grants exactly its capability; a limited key sees unlisted clients as absent", async () => {
    const admin = await staffFor("admin@acme.test");
    const bright = await clientIdOf("Bright Dental");
    const summit = await clientIdOf("Summit Legal");
    const audit = await createApiKey(admin, { name: "audit only", scopes: ["audit.read"] });
    expect((await call(audit.secret, "/api/v1/clients")).status).toBe(403);
    const limited = await createApiKey(admin, { name: "bright", scopes: ["client.read"], clientIds: [bright] });
    expect((await call(limited.secret, `/api/v1/clients/${bright}`)).status).toBe(200);
    expect((await call(limited.secret, `/api/v1/clients/${summit}`)).status).toBe(404);
    const listed = (await call(limited.secret, "/api/v1/clients")).body;
    expect(JSON.stringify(listed)).not.toContain(summit);
    // A read-only key cannot write, even what its creator may; without a cookie no Origin is asked.
    expect(
      (await call(limited.secret, `/api/v1/clients/${bright}`, { method: "PATCH", body: { name: "X" } })).status,
    ).toBe(403);
    const writer = await createApiKey(admin, { name: "writer", scopes: ["client.read", "client.edit"] });
    const renamed = await call(writer.secret, `/api/v1/clients/${summit}`, {
      method: "PATCH",
      body: { name: "Summit Legal LLP" },
    });
    expect(renamed.status).toBe(200);
    const event = (await auditRows("client_updated")).at(-1)!;
    expect(event).toMatchObject({ actorType: "api_key", actorId: writer.id, actorEmail: "writer" });
    await call(writer.secret, `/api/v1/clients/${summit}`, { method: "PATCH", body: { name: "Summit Legal" } });
  });

  it("a demoted creator's key loses what the creator lost; a removed creator's key is dead", async () => {
    const owner = await staffFor("owner@acme.test");
    const key = await createApiKey(owner, {
      name: "owner's",
      scopes: ["client.read", "staff.manage", "agency.billing"],
    });
    const actor = await authenticateApiKey(keyRequest(key.secret), key.secret);
    expect([...(actor!.kind === "agency" ? actor!.resolved.capabilities : [])].sort()).toEqual([
      "agency.billing",
      "client.read",
      "staff.manage",
    ]);
    // Demote the admin, whose key held staff.manage; the key keeps only what a manager has.
    const admin = await staffFor("admin@acme.test");
    const adminKey = await createApiKey(admin, { name: "admin's", scopes: ["client.read", "staff.manage"] });
    await updatePerson(owner, STAFF_TEAM, admin.userId, { role: "manager" });
    const demoted = await authenticateApiKey(keyRequest(adminKey.secret), adminKey.secret);
    expect(demoted!.kind === "agency" && [...demoted!.resolved.capabilities]).toEqual(["client.read"]);
    await removePerson(owner, STAFF_TEAM, await userIdOf("admin@acme.test"));
    expect(await authenticateApiKey(keyRequest(adminKey.secret), adminKey.secret)).toBeNull();
    expect((await call(adminKey.secret, "/api/v1/clients")).status).toBe(401);
  });

  it("a client key acts as its client and cannot read another client; last use is noted", async () => {
    const bright = await clientIdOf("Bright Dental");
    const summit = await clientIdOf("Summit Legal");
    await updateClient(await staffFor("owner@acme.test"), bright, { apiKeysAllowed: true });
    const key = await createApiKey(await clientUserFor("admin@brightdental.test"), {
      name: "wh",
      scopes: ["calls.read"],
    });
    expect((await call(key.secret, `/api/v1/clients/${summit}`)).status).toBe(404);
    expect((await call(key.secret, `/api/v1/clients/${bright}`)).status).toBe(404);
    const [row] = await (await getDb()).select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("each key has its own per-minute limit with RateLimit headers, 429 and Retry-After beyond it", async () => {
    const admin = await staffFor("owner@acme.test"); // the admin was removed above
    const key = await createApiKey(admin, { name: "tight", scopes: ["client.read"], rateLimitPerMinute: 2 });
    const other = await createApiKey(admin, { name: "other", scopes: ["client.read"], rateLimitPerMinute: 2 });
    const host = testHosts().console;
    const { GET } = await import("@/app/api/v1/clients/route");
    const get = (secret: string) =>
      GET(new Request(`http://${host}/api/v1/clients`, { headers: { host, authorization: `Bearer ${secret}` } }), {
        params: Promise.resolve({}),
      });
    const first = await get(key.secret);
    expect(first.status).toBe(200);
    expect(first.headers.get("RateLimit-Limit")).toBe("2");
    expect(first.headers.get("RateLimit-Remaining")).toBe("1");
    expect(Number(first.headers.get("RateLimit-Reset"))).toBeGreaterThan(0);
    expect((await get(key.secret)).status).toBe(200);
    const over = await get(key.secret);
    expect(over.status).toBe(429);
    expect(await over.json()).toEqual({ error: { code: "rate_limited", message: expect.any(String) } });
    expect(Number(over.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await get(other.secret)).status).toBe(200);
  });
});
