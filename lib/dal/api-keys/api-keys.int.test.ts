import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { auditRows, clientIdOf, userIdOf } from "@/db/testing/lookups";
import { updateClient } from "@/lib/dal/clients/update-client";
import { removePerson } from "@/lib/dal/people/remove-person";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { AppError } from "@/lib/errors";
import { createApiKey } from "./create-api-key";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";
import { hashApiKeySecret } from "./secret";

const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.status : e),
  );
const rowOf = async (id: string) => (await (await getDb()).select().from(apiKeys).where(eq(apiKeys.id, id)))[0];

describe("agency API keys", () => {
  it("an admin creates a key: the secret is answered once, only its hash and prefix are stored, audited without it", async () => {
    const admin = await staffFor("admin@acme.test");
    const before = (await auditRows("api_key_created")).length;
    const key = await createApiKey(admin, { name: "CRM sync", scopes: ["client.read", "audit.read"] });
    expect(key.secret).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    expect(key.secret.toLowerCase()).not.toContain("switchboard");
    expect(key.prefix).toBe(key.secret.slice(0, 11));
    const row = await rowOf(key.id);
    expect(row.secretHash).toBe(hashApiKeySecret(key.secret));
    expect(JSON.stringify(row)).not.toContain(key.secret);
    expect(row.rateLimitPerMinute).toBe(600);
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(90);
    const events = await auditRows("api_key_created");
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      targetId: key.id,
      details: { name: "CRM sync", scopes: ["audit.read", "client.read"] },
    });
    expect(JSON.stringify(events.at(-1))).not.toContain(key.secret);
    const listed = await listApiKeys(await staffFor("owner@acme.test"));
    const shown = listed.find((k) => k.id === key.id)!;
    expect(shown).toMatchObject({ name: "CRM sync", createdBy: { email: "admin@acme.test" }, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(key.secret);
    expect(JSON.stringify(listed)).not.toContain(row.secretHash);
  });

  it("refuses what the creator may not grant, and bad input, writing nothing", async () => {
    const admin = await staffFor("admin@acme.test");
    const before = (await auditRows("api_key_created")).length;
    // An admin does not hold agency.billing (owners only): it cannot be a scope of their key.
    expect(await code(createApiKey(admin, { name: "x", scopes: ["agency.billing"] }))).toBe(422);
    expect(await code(createApiKey(admin, { name: "x", scopes: ["no.such"] }))).toBe(422);
    expect(await code(createApiKey(admin, { name: "", scopes: ["client.read"] }))).toBe(422);
    expect(await code(createApiKey(admin, { name: "x", scopes: ["client.read"], expiresInDays: 366 }))).toBe(422);
    // Managers and members manage no keys; a client user asking for agency keys is a client key request.
    expect(await code(createApiKey(await staffFor("manager@acme.test"), { name: "x", scopes: ["client.read"] }))).toBe(
      403,
    );
    expect(await code(listApiKeys(await staffFor("member@acme.test")))).toBe(403);
    // Limited to a client of another agency: that client does not exist.
    const globexClient = await clientIdOf("Initech", "globex").catch(() => null);
    if (globexClient)
      expect(await code(createApiKey(admin, { name: "x", scopes: ["client.read"], clientIds: [globexClient] }))).toBe(
        404,
      );
    expect((await auditRows("api_key_created")).length).toBe(before);
  });

  it("revoke marks the key once; another agency's owner cannot see or revoke it", async () => {
    const admin = await staffFor("admin@acme.test");
    const key = await createApiKey(admin, { name: "to revoke", scopes: ["client.read"] });
    expect(await code(revokeApiKey(await staffFor("owner@globex.test"), key.id))).toBe(404);
    expect((await listApiKeys(await staffFor("owner@globex.test"))).map((k) => k.id)).not.toContain(key.id);
    const before = (await auditRows("api_key_revoked")).length;
    expect((await revokeApiKey(admin, key.id)).revokedAt).not.toBeNull();
    await revokeApiKey(admin, key.id);
    expect((await auditRows("api_key_revoked")).length).toBe(before + 1);
    expect(await code(revokeApiKey(admin, "not-a-uuid"))).toBe(404);
  });

  it("removing a person revokes every key they created", async () => {
    const owner = await staffFor("owner@acme.test");
    const admin = await staffFor("admin@acme.test");
    const key = await createApiKey(admin, { name: "admin's key", scopes: ["client.read"] });
    await removePerson(owner, STAFF_TEAM, await userIdOf("admin@acme.test"));
    expect((await rowOf(key.id)).revokedAt).not.toBeNull();
  });
});

describe("client API keys", () => {
  it("exist only where the agency allows them; the client's admin creates, lists and revokes its own", async () => {
    const bright = await clientIdOf("Bright Dental");
    const clientAdmin = await clientUserFor("admin@brightdental.test");
    expect(await code(createApiKey(clientAdmin, { name: "x", scopes: ["calls.read"] }))).toBe(403);
    expect(await updateClient(await staffFor("owner@acme.test"), bright, { apiKeysAllowed: true })).toMatchObject({
      apiKeysAllowed: true,
    });
    const key = await createApiKey(clientAdmin, { name: "warehouse", scopes: ["calls.read"] });
    expect((await rowOf(key.id)).clientId).toBe(bright);
    expect(await code(createApiKey(clientAdmin, { name: "x", scopes: ["client.read"] }))).toBe(422);
    expect(
      await code(createApiKey(await clientUserFor("analyst@brightdental.test"), { name: "x", scopes: ["calls.read"] })),
    ).toBe(403);
    expect((await listApiKeys(clientAdmin)).map((k) => k.id)).toEqual([key.id]);
    // The agency's key list is of agency keys only.
    expect((await listApiKeys(await staffFor("owner@acme.test"))).map((k) => k.id)).not.toContain(key.id);
    // Withdrawing the permission ends the client's keys.
    await updateClient(await staffFor("owner@acme.test"), bright, { apiKeysAllowed: false });
    expect((await rowOf(key.id)).revokedAt).not.toBeNull();
    expect(await code(listApiKeys(clientAdmin))).toBe(403);
  });
});
