import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { providerConnections } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { auditRows, clientIdOf } from "@/db/testing/lookups";
import { resetConfigForTests } from "@/lib/config";
import { secretBox } from "@/lib/crypto/secret-box";
import { startRetellServer } from "@/lib/providers/testing/start-retell-server";
import { startVapiServer } from "@/lib/providers/testing/start-vapi-server";
import { createProviderConnection } from "./create-provider-connection";
import { deleteProviderConnection } from "./delete-provider-connection";
import { listProviderConnections } from "./list-provider-connections";
import { updateProviderConnection } from "./update-provider-connection";

let vapi: Awaited<ReturnType<typeof startVapiServer>>;
let retell: Awaited<ReturnType<typeof startRetellServer>>;
beforeAll(async () => {
  vapi = await startVapiServer();
  retell = await startRetellServer();
});
afterAll(async () => {
  await vapi.close();
  await retell.close();
});

const storedRow = async (id: string) =>
  (await (await getDb()).select().from(providerConnections).where(eq(providerConnections.id, id)))[0];
const countRows = async () => (await (await getDb()).select().from(providerConnections)).length;

describe("provider connections", () => {
  it("validates the key live, stores it sealed, answers only the last 4 and audits without the key", async () => {
    const owner = await staffFor("owner@acme.test");
    const before = (await auditRows("provider_connected")).length;
    const created = await createProviderConnection(owner, {
      provider: "retell",
      apiKey: retell.apiKey,
      apiBaseUrl: retell.url,
    });
    expect(created).toMatchObject({ provider: "retell", status: "connected", keyLast4: "0001", lastSyncAt: null });
    expect(created.webhookUrl).toMatch(/\/api\/ingest\/retell\/[A-Za-z0-9_-]{32}$/);
    expect(JSON.stringify(created)).not.toContain(retell.apiKey);
    expect(retell.received.at(-1)).toMatchObject({ authorization: `Bearer ${retell.apiKey}` });
    const row = await storedRow(created.id);
    expect(row.apiKeyCiphertext).not.toContain(retell.apiKey);
    expect(secretBox().open(row.apiKeyCiphertext, row.id)).toBe(retell.apiKey);
    const audits = await auditRows("provider_connected");
    expect(audits.length).toBe(before + 1);
    expect(JSON.stringify(audits.at(-1))).not.toContain(retell.apiKey);
    expect((await listProviderConnections(owner)).items.map((c) => c.id)).toContain(created.id);
    await deleteProviderConnection(owner, created.id);
  });

  it("a key the provider refuses is 422 with a clear message and nothing is stored", async () => {
    const owner = await staffFor("owner@acme.test");
    const before = [await countRows(), (await auditRows("provider_connected")).length];
    await expect(
      createProviderConnection(owner, { provider: "vapi", apiKey: "wrong-key-123", apiBaseUrl: vapi.url }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/Vapi refused this API key/) });
    expect([await countRows(), (await auditRows("provider_connected")).length]).toEqual(before);
  });

  it("a provider that does not answer in time is 422, nothing stored", async () => {
    const owner = await staffFor("owner@acme.test");
    const before = await countRows();
    vapi.knobs.delayMs = 11_000;
    try {
      await expect(
        createProviderConnection(owner, { provider: "vapi", apiKey: vapi.apiKey, apiBaseUrl: vapi.url }),
      ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/did not answer in time/) });
    } finally {
      vapi.knobs.delayMs = 0;
    }
    expect(await countRows()).toBe(before);
  }, 20_000);

  it("rotates the key (validated first: a refused one keeps the old) and disconnects with an audit row", async () => {
    const owner = await staffFor("owner@acme.test");
    const clientId = await clientIdOf("Bright Dental", "acme");
    const created = await createProviderConnection(owner, {
      provider: "vapi",
      apiKey: vapi.apiKey,
      apiBaseUrl: vapi.url,
      clientId,
    });
    expect(created.clientId).toBe(clientId);
    await expect(updateProviderConnection(owner, created.id, { apiKey: "another-bad-key" })).rejects.toMatchObject({
      status: 422,
    });
    expect(secretBox().open((await storedRow(created.id)).apiKeyCiphertext, created.id)).toBe(vapi.apiKey);
    const disconnectsBefore = (await auditRows("provider_disconnected")).length;
    await deleteProviderConnection(owner, created.id);
    expect(await storedRow(created.id)).toBeUndefined();
    expect((await auditRows("provider_disconnected")).length).toBe(disconnectsBefore + 1);
  });

  it("refuses a private apiBaseUrl when private addresses are not allowed", async () => {
    const owner = await staffFor("owner@acme.test");
    process.env.ALLOW_PRIVATE_WEBHOOKS = "false";
    resetConfigForTests();
    try {
      await expect(
        createProviderConnection(owner, { provider: "vapi", apiKey: vapi.apiKey, apiBaseUrl: vapi.url }),
      ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/apiBaseUrl/) });
    } finally {
      delete process.env.ALLOW_PRIVATE_WEBHOOKS;
      resetConfigForTests();
    }
  });

  it("denials: managers 403, client users and other agencies 404", async () => {
    const owner = await staffFor("owner@acme.test");
    const created = await createProviderConnection(owner, {
      provider: "vapi",
      apiKey: vapi.apiKey,
      apiBaseUrl: vapi.url,
    });
    const body = { provider: "vapi", apiKey: vapi.apiKey, apiBaseUrl: vapi.url };
    await expect(createProviderConnection(await staffFor("manager@acme.test"), body)).rejects.toMatchObject({
      status: 403,
    });
    await expect(listProviderConnections(await staffFor("member@acme.test"))).rejects.toMatchObject({ status: 403 });
    await expect(createProviderConnection(await clientUserFor("admin@summitlegal.test"), body)).rejects.toMatchObject({
      status: 404,
    });
    const globex = await staffFor("owner@globex.test");
    await expect(deleteProviderConnection(globex, created.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateProviderConnection(globex, created.id, { apiKey: vapi.apiKey })).rejects.toMatchObject({
      status: 404,
    });
    const acmeClient = await clientIdOf("Bright Dental", "acme");
    await expect(createProviderConnection(globex, { ...body, clientId: acmeClient })).rejects.toMatchObject({
      status: 404,
    });
    expect((await listProviderConnections(globex)).items).toEqual([]);
    await deleteProviderConnection(owner, created.id);
  });
});
