import { describe, expect, it } from "vitest";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { auditRows, clientIdOf } from "@/db/testing/lookups";
import { updateClient } from "@/lib/dal/clients/update-client";
import { AppError } from "@/lib/errors";
import { createApiKey } from "./create-api-key";
import { updateApiKey } from "./update-api-key";

type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

// The key routes themselves, driven by nothing but a bearer key (the session path is the
// console's, covered by the browser test): a key may read its list but never mint or revoke keys.
async function call(secret: string, method: string, id?: string, body?: unknown) {
  const host = testHosts().console;
  const path = id ? `/api/v1/api-keys/${id}` : "/api/v1/api-keys";
  const route = id ? await import("@/app/api/v1/api-keys/[id]/route") : await import("@/app/api/v1/api-keys/route");
  const response = await ((route as Record<string, unknown>)[method] as Handler)(
    new Request(`http://${host}${path}`, {
      method,
      headers: { host, authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve<Record<string, string>>(id ? { id } : {}) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.status : e),
  );

describe("API key routes and limits", () => {
  it("a key with settings.manage lists keys, but cannot create, revoke or re-limit any (403), writing nothing", async () => {
    const admin = await staffFor("admin@acme.test");
    const key = await createApiKey(admin, { name: "settings bot", scopes: ["settings.manage"] });
    const listed = await call(key.secret, "GET");
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(key.secret);
    const before = (await auditRows("api_key_created")).length;
    expect((await call(key.secret, "POST", undefined, { name: "child", scopes: ["settings.manage"] })).status).toBe(
      403,
    );
    expect((await call(key.secret, "DELETE", key.id)).status).toBe(403);
    expect((await call(key.secret, "PATCH", key.id, { rateLimitPerMinute: 99_999 })).status).toBe(403);
    expect((await auditRows("api_key_created")).length).toBe(before);
  });

  it("takes an expiry date up to a year ahead, and refuses a past one or one beyond a year", async () => {
    const admin = await staffFor("admin@acme.test");
    const at = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const key = await createApiKey(admin, { name: "dated", scopes: ["client.read"], expiresAt: at });
    expect(key.expiresAt).toBe(at);
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(await code(createApiKey(admin, { name: "x", scopes: ["client.read"], expiresAt: past }))).toBe(422);
    const far = new Date(Date.now() + 400 * 86_400_000).toISOString();
    expect(await code(createApiKey(admin, { name: "x", scopes: ["client.read"], expiresAt: far }))).toBe(422);
    expect(
      await code(createApiKey(admin, { name: "x", scopes: ["client.read"], expiresAt: at, expiresInDays: 5 })),
    ).toBe(422);
    expect(await code(createApiKey(admin, { name: "x", scopes: ["client.read"], expiresAt: "tomorrow" }))).toBe(422);
  });

  it("owners and admins set any key's limit, audited; a manager may not; another agency's key is 404", async () => {
    const admin = await staffFor("admin@acme.test");
    const key = await createApiKey(admin, { name: "busy", scopes: ["client.read"] });
    const before = (await auditRows("api_key_updated")).length;
    expect(
      (await updateApiKey(await staffFor("owner@acme.test"), key.id, { rateLimitPerMinute: 1200 })).rateLimitPerMinute,
    ).toBe(1200);
    const events = await auditRows("api_key_updated");
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ targetId: key.id, details: { rateLimitPerMinute: { from: 600, to: 1200 } } });
    expect(await code(updateApiKey(await staffFor("manager@acme.test"), key.id, { rateLimitPerMinute: 5 }))).toBe(403);
    expect(await code(updateApiKey(await staffFor("owner@globex.test"), key.id, { rateLimitPerMinute: 5 }))).toBe(404);
    expect(await code(updateApiKey(admin, key.id, { rateLimitPerMinute: 0 }))).toBe(422);
    expect(await code(updateApiKey(admin, key.id, { rateLimitPerMinute: 5, name: "x" }))).toBe(422);
  });

  it("a client admin cannot set its own key's limit; the agency can", async () => {
    const bright = await clientIdOf("Bright Dental");
    await updateClient(await staffFor("owner@acme.test"), bright, { apiKeysAllowed: true });
    const clientAdmin = await clientUserFor("admin@brightdental.test");
    expect(
      await code(createApiKey(clientAdmin, { name: "x", scopes: ["calls.read"], rateLimitPerMinute: 100_000 })),
    ).toBe(403);
    const key = await createApiKey(clientAdmin, { name: "reports", scopes: ["calls.read"] });
    expect(await code(updateApiKey(clientAdmin, key.id, { rateLimitPerMinute: 100_000 }))).toBe(404);
    expect(
      (await updateApiKey(await staffFor("admin@acme.test"), key.id, { rateLimitPerMinute: 60 })).rateLimitPerMinute,
    ).toBe(60);
  });
});
