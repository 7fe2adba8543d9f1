import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, clients, integrations } from "@/db/schema";
import { clientUserFor } from "@/db/testing/actor-for";
import { presetPermissions } from "@/lib/authz/catalogue";
import { inheritAll } from "@/lib/authz/stored-permissions";
import { resetConfigForTests } from "@/lib/config";
import { secretBox } from "@/lib/crypto/secret-box";
import { AppError } from "@/lib/errors";
import { startTestReceiver } from "@/lib/webhooks/test-receiver";
import { verifyWebhookSignature } from "@/lib/webhooks/webhook-signature";
import { connectIntegration } from "./connect-integration";
import { disconnectIntegration } from "./disconnect-integration";
import { listIntegrations } from "./list-integrations";
import { sendWebhookTestEvent } from "./send-webhook-test-event";
import { updateIntegration } from "./update-integration";

const failsWith = async (work: Promise<unknown>, status: number) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
};
const audits = async (action: string, targetId?: string) =>
  (await (await getDb()).select().from(auditEvents).where(eq(auditEvents.action, action))).filter(
    (r) => !targetId || r.targetId === targetId,
  );
const storedRow = async (id: string) =>
  (await (await getDb()).select().from(integrations).where(eq(integrations.id, id)))[0];
const HUBSPOT_TOKEN = "pat-na1-5f0e9c2a-7b1d-4c3e-9a8f-00000000abcd";

let receiver: Awaited<ReturnType<typeof startTestReceiver>>;
beforeAll(async () => {
  receiver = await startTestReceiver();
  // Bright Dental gets every section here, so its supervisor can see integrations (read-only).
  const db = await getDb();
  await db
    .update(clients)
    .set({ permissions: inheritAll(presetPermissions("self_service")) })
    .where(eq(clients.name, "Bright Dental"));
});
afterAll(() => receiver.close());

describe("listIntegrations", () => {
  it("lists the client's integrations with hints, never a secret or ciphertext", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const created = await connectIntegration(admin, {
      provider: "hubspot",
      config: { portalId: "123" },
      secret: HUBSPOT_TOKEN,
    });
    const list = await listIntegrations(admin);
    expect(list.map((i) => i.kind)).toEqual(["crm", "crm", "calendar", "webhook"]);
    const json = JSON.stringify(list);
    expect(json).not.toContain(HUBSPOT_TOKEN);
    expect(json).not.toMatch(/ciphertext|v1\.[\w-]{16}\./i);
    expect(list.find((i) => i.id === created.id)!.secretHint).toBe("••••abcd");
  });

  it("a supervisor sees integrations but cannot manage them; an analyst sees nothing", async () => {
    const supervisor = await clientUserFor("supervisor@brightdental.test");
    expect((await listIntegrations(supervisor)).length).toBe(3);
    await failsWith(connectIntegration(supervisor, { provider: "webhook", config: { url: receiver.url } }), 403);
    const [any] = await listIntegrations(supervisor);
    await failsWith(updateIntegration(supervisor, any.id, { name: "Renamed" }), 403);
    await failsWith(disconnectIntegration(supervisor, any.id), 403);
    await failsWith(sendWebhookTestEvent(supervisor, any.id), 403);
    await failsWith(listIntegrations(await clientUserFor("analyst@brightdental.test")), 403);
    await failsWith(listIntegrations(await clientUserFor("admin@novarealty.test")), 403);
  });
});

describe("connectIntegration", () => {
  it("stores the credential encrypted (AES-GCM, bound to the row) and audits without it", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const created = await connectIntegration(admin, {
      provider: "salesforce",
      name: "Salesforce EU",
      config: { instance: "summit.my.salesforce.test" },
      secret: "00Dxx-secret-token-9876",
    });
    expect(created).toMatchObject({ status: "connected", secretHint: "••••9876", name: "Salesforce EU" });
    expect(created).not.toHaveProperty("signingSecret");
    const row = await storedRow(created.id);
    expect(row.secretCiphertext).not.toContain("secret-token");
    expect(secretBox().open(row.secretCiphertext!, row.id)).toBe("00Dxx-secret-token-9876");
    const [audit] = await audits("integration_connected", created.id);
    expect(JSON.stringify(audit.details)).not.toContain("secret-token");
  });

  it.each([
    ["an unknown provider", { provider: "myspace", config: {}, secret: "12345678" }],
    ["a missing required setting", { provider: "hubspot", config: {}, secret: "12345678" }],
    [
      "a setting the provider does not have",
      { provider: "hubspot", config: { portalId: "1", evil: "x" }, secret: "12345678" },
    ],
    ["a CRM without its credential", { provider: "clio", config: { workspace: "w" } }],
    [
      "a webhook with a secret of its own",
      { provider: "webhook", config: { url: "https://example.com/h" }, secret: "12345678" },
    ],
    ["a webhook URL that is not http(s)", { provider: "webhook", config: { url: "file:///etc/passwd" } }],
    ["a webhook URL with credentials", { provider: "webhook", config: { url: "https://user:pw@example.com/h" } }],
    [
      "an unknown webhook event",
      { provider: "webhook", config: { url: "https://example.com/h", events: "everything" } },
    ],
  ])("refuses %s with 422 and stores nothing", async (_label, body) => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const before = (await listIntegrations(admin)).length;
    await failsWith(connectIntegration(admin, body), 422);
    expect(await listIntegrations(admin)).toHaveLength(before);
  });

  it("cannot touch another client's integration", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const [bright] = await listIntegrations(await clientUserFor("admin@brightdental.test"));
    await failsWith(updateIntegration(admin, bright.id, { name: "Mine now" }), 404);
    await failsWith(disconnectIntegration(admin, bright.id), 404);
    await failsWith(sendWebhookTestEvent(admin, bright.id), 404);
  });
});

describe("webhooks", () => {
  it("shows the signing secret once, then sends a real signed test event to the endpoint", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const hook = await connectIntegration(admin, {
      provider: "webhook",
      name: "Local receiver",
      config: { url: receiver.url, events: "call.completed,booking.created" },
    });
    expect(hook.signingSecret).toMatch(/^whsec_/);
    expect(hook.secretHint).toBe(`••••${hook.signingSecret!.slice(-4)}`);
    expect(JSON.stringify(await listIntegrations(admin))).not.toContain(hook.signingSecret!);

    receiver.behaviour.status = 200;
    const result = await sendWebhookTestEvent(admin, hook.id);
    expect(result).toMatchObject({ delivered: true, httpStatus: 200 });
    const got = receiver.received.at(-1)!;
    expect(got.headers["webhook-id"]).toBe(result.eventId);
    expect(verifyWebhookSignature(hook.signingSecret!, String(got.headers["webhook-signature"]), got.body)).toBe(true);
    expect(JSON.parse(got.body)).toMatchObject({ type: "webhook.test", id: result.eventId });
    expect(JSON.stringify(got)).not.toMatch(/switchboard/i);

    const row = await storedRow(hook.id);
    expect(row.lastEventAt).not.toBeNull();
    expect(row.lastError).toBeNull();
    const sent = await audits("webhook_test_sent", hook.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ outcome: "success", clientId: admin.clientId });
  });

  it("records a failing endpoint as lastError and status error", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const hook = await connectIntegration(admin, { provider: "webhook", config: { url: receiver.url } });
    receiver.behaviour.status = 500;
    const result = await sendWebhookTestEvent(admin, hook.id);
    expect(result).toMatchObject({ delivered: false, httpStatus: 500 });
    expect(await storedRow(hook.id)).toMatchObject({ status: "error", lastError: "The endpoint answered HTTP 500." });
    expect((await audits("webhook_test_sent", hook.id))[0].outcome).toBe("failure");
    receiver.behaviour.status = 204;
  });

  it("refuses 127.0.0.1 when private webhooks are not allowed", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const hook = await connectIntegration(admin, { provider: "webhook", config: { url: receiver.url } });
    const sentBefore = receiver.received.length;
    process.env.ALLOW_PRIVATE_WEBHOOKS = "false";
    resetConfigForTests();
    try {
      const result = await sendWebhookTestEvent(admin, hook.id);
      expect(result).toMatchObject({ delivered: false, error: expect.stringMatching(/private or local address/) });
      expect(receiver.received).toHaveLength(sentBefore);
      await failsWith(connectIntegration(admin, { provider: "webhook", config: { url: "http://127.0.0.1:9/x" } }), 422);
      await failsWith(connectIntegration(admin, { provider: "webhook", config: { url: "http://[::1]:9/x" } }), 422);
      await failsWith(updateIntegration(admin, hook.id, { config: { url: "http://localhost:9/x" } }), 422);
    } finally {
      delete process.env.ALLOW_PRIVATE_WEBHOOKS;
      resetConfigForTests();
    }
  });

  it("rotates the secret (shown once), and a seeded webhook without a secret must be rotated before a test", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const seeded = (await listIntegrations(admin)).find((i) => i.name === "Intake to Zapier")!;
    expect(seeded.secretHint).toBeNull();
    await failsWith(sendWebhookTestEvent(admin, seeded.id), 422);
    const rotated = await updateIntegration(admin, seeded.id, { rotateSecret: true });
    expect(rotated.signingSecret).toMatch(/^whsec_/);
    expect(rotated.secretHint).toBe(`••••${rotated.signingSecret!.slice(-4)}`);
    const [audit] = await audits("integration_updated", seeded.id);
    expect(audit.details).toMatchObject({ changes: { secret: "replaced" } });
    expect(JSON.stringify(audit.details)).not.toContain(rotated.signingSecret!);
  });
});

describe("test event throttle", () => {
  it("caps test events per client (429), so the button cannot flood an endpoint", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const hook = await connectIntegration(admin, { provider: "webhook", config: { url: receiver.url } });
    let status = 0;
    for (let i = 0; i < 11 && status !== 429; i++) {
      status = await sendWebhookTestEvent(admin, hook.id).then(
        () => 200,
        (e: AppError) => e.status,
      );
    }
    expect(status).toBe(429);
  });
});

describe("updateIntegration / disconnectIntegration", () => {
  it("new credentials reconnect an integration in error; one audit row per change", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const calendar = (await listIntegrations(admin)).find((i) => i.provider === "google_calendar")!;
    expect(calendar.status).toBe("error");
    const updated = await updateIntegration(admin, calendar.id, {
      secret: "ya29.new-token-7777",
      config: { calendar: "Consultations", timezone: "America/Denver" },
    });
    expect(updated).toMatchObject({
      status: "connected",
      lastError: null,
      secretHint: "••••7777",
      config: { calendar: "Consultations", timezone: "America/Denver" },
    });
    const rows = await audits("integration_updated", calendar.id);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0].details)).not.toContain("new-token");
    // Saving the same thing again changes nothing and audits nothing.
    await updateIntegration(admin, calendar.id, { name: updated.name });
    expect(await audits("integration_updated", calendar.id)).toHaveLength(1);
  });

  it("disconnecting removes the row and its secret, audited", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const crm = (await listIntegrations(admin)).find((i) => i.provider === "clio")!;
    await disconnectIntegration(admin, crm.id);
    expect(await storedRow(crm.id)).toBeUndefined();
    expect(await audits("integration_disconnected", crm.id)).toHaveLength(1);
    await failsWith(disconnectIntegration(admin, crm.id), 404);
    const db = await getDb();
    expect(
      await db
        .select()
        .from(integrations)
        .where(and(eq(integrations.id, crm.id))),
    ).toHaveLength(0);
  });
});
