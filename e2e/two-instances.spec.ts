import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { startTestReceiver } from "../lib/webhooks/test-receiver";
import { verifyWebhookSignature } from "../lib/webhooks/webhook-signature";
import { startInstances, type Instances } from "./support/two-instances";
import { DEMO_PASSWORD, signInToConsole } from "./support/session";

// SPEC §14: two app instances (scripts/server.mjs on the production build, own ports, own
// DATA_DIR) on one PostgreSQL database, the way a load balancer runs them. Requests go to each
// instance's port with the console's or the portal's Host header, as a proxy forwards them.
// PostgreSQL only: the embedded database belongs to one process.

test.describe.configure({ mode: "serial", timeout: 240_000 });

let fleet: Instances;
let db: postgres.Sql;
let acmeId = "";

test.beforeAll(async ({}, info) => {
  test.skip(
    info.project.name !== "postgres",
    "Two instances share one PostgreSQL database: set TEST_DATABASE_URL to run them (the postgres project).",
  );
  info.setTimeout(300_000);
  fleet = await startInstances(Number(process.env.E2E_PORT ?? 3100) + 170);
  db = postgres(fleet.databaseUrl, { max: 2, onnotice: () => {} });
  [{ id: acmeId }] = await db`select id from agencies where slug = 'acme'`;
});

test.afterAll(async () => {
  await db?.end();
  await fleet?.stop();
});

type Client = {
  ctx: APIRequestContext;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON shapes
  send: (method: string, path: string, body?: unknown) => Promise<{ status: number; json: any; location?: string }>;
};

/** An HTTP client of one instance, sending the Host a proxy would forward (console or portal). */
async function clientOf(
  port: number,
  host: string,
  storageState?: Awaited<ReturnType<APIRequestContext["storageState"]>>,
): Promise<Client> {
  const ctx = await request.newContext({ baseURL: `http://127.0.0.1:${port}`, storageState, maxRedirects: 0 });
  const send: Client["send"] = async (method, path, body) => {
    const response = await ctx.fetch(path, {
      method,
      maxRedirects: 0,
      failOnStatusCode: false,
      maxRetries: 2,
      headers: {
        host,
        origin: `http://${host}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      data: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: response.status(), json, location: response.headers().location };
  };
  return { ctx, send };
}

/** Auth.js's credentials endpoint, as the login form posts it; answers where it redirects. */
async function signIn(client: Client, host: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const csrf = (await client.send("GET", "/api/auth/csrf")).json as { csrfToken: string };
  const response = await client.ctx.post("/api/auth/callback/credentials", {
    headers: { host, origin: `http://${host}` },
    form: { csrfToken: csrf.csrfToken, email, password },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return response.headers().location ?? "";
}

test("a session made on A works on B, and signing it out on A is refused by B on the next request", async () => {
  const { a, b, consoleHost } = fleet;
  const managerOnA = await clientOf(a.port, consoleHost);
  await signIn(managerOnA, consoleHost, "manager@acme.test");
  const me = await managerOnA.send("GET", "/api/v1/me");
  expect(me.status).toBe(200);
  // The same cookie, carried to the other instance.
  const managerOnB = await clientOf(b.port, consoleHost, await managerOnA.ctx.storageState());
  expect((await managerOnB.send("GET", "/api/v1/me")).json?.user?.email).toBe("manager@acme.test");

  const ownerOnA = await clientOf(a.port, consoleHost);
  await signIn(ownerOnA, consoleHost, "owner@acme.test");
  expect((await ownerOnA.send("POST", `/api/v1/staff/${me.json.user.id}/sign-out`, {})).status).toBe(200);
  expect((await managerOnB.send("GET", "/api/v1/me")).status).toBe(401);
  expect((await managerOnA.send("GET", "/api/v1/me")).status).toBe(401);
  await Promise.all([managerOnA, managerOnB, ownerOnA].map((c) => c.ctx.dispose()));
});

test("the login throttle counts failures on both instances together", async () => {
  const { a, b, consoleHost } = fleet;
  const [onA, onB] = await Promise.all([clientOf(a.port, consoleHost), clientOf(b.port, consoleHost)]);
  // Five failures (LOGIN_MAX_FAILURES), split 3 + 2: neither instance alone reached the limit.
  for (const client of [onA, onB, onA, onB, onA]) {
    expect(await signIn(client, consoleHost, "member@acme.test", "not-the-password")).not.toContain("code=throttled");
  }
  // The right password, on B: refused for the cool-down, because A's failures count there too.
  expect(await signIn(onB, consoleHost, "member@acme.test")).toContain("code=throttled");
  expect((await onB.send("GET", "/api/v1/me")).status).toBe(401);
  await Promise.all([onA.ctx.dispose(), onB.ctx.dispose()]);
});

test("with both workers running, every SIEM event and client webhook is delivered exactly once", async ({ page }) => {
  const { a, b, consoleHost, portalHost } = fleet;
  const siem = await startTestReceiver();
  const hooks = await startTestReceiver();
  try {
    // A SIEM destination for Acme, added in the console of A (its secret is sealed by the app).
    await signInToConsole(page, `http://${consoleHost}`, "owner@acme.test");
    await page.goto(`http://${consoleHost}/agency/settings/audit`);
    await page.getByLabel("Name").fill("Fleet SIEM");
    await page.getByLabel("URL").fill(siem.url);
    await page.getByLabel("Signing secret").fill("whsec-fleet-0123456789");
    await page.getByRole("button", { name: "Add destination" }).click();
    await expect(page.getByTestId("destination").filter({ hasText: "Fleet SIEM" })).toBeVisible();
    const [{ id: created }] =
      await db`select id from audit_destinations where agency_id = ${acmeId} and name = 'Fleet SIEM'`;

    const owner = await clientOf(a.port, consoleHost);
    await signIn(owner, consoleHost, "owner@acme.test");
    const admin = await clientOf(b.port, portalHost);
    await signIn(admin, portalHost, "admin@summitlegal.test");
    const webhook = await admin.send("POST", "/api/v1/portal/integrations", {
      provider: "webhook",
      name: "Fleet receiver",
      config: { url: hooks.url, events: "call.completed" },
    });
    expect(webhook.status).toBe(201);

    // Audited writes through both instances, and client webhook events queued as a producer would.
    const [client] = await db`select id from clients where agency_id = ${acmeId} and name = 'Bright Dental'`;
    for (let i = 0; i < 12; i++) {
      const on = await clientOf((i % 2 ? a : b).port, consoleHost, await owner.ctx.storageState());
      expect(
        (
          await on.send("PATCH", `/api/v1/clients/${client.id}`, {
            name: i === 11 ? "Bright Dental" : `Bright Dental ${i}`,
          })
        ).status,
      ).toBe(200);
      await on.ctx.dispose();
    }
    const eventIds = Array.from({ length: 40 }, (_, i) => `evt_fleet_${i}`);
    await queueWebhookEvents(webhook.json.id, eventIds);

    await expect
      .poll(
        async () =>
          Number(
            (await db`select count(*)::int as n from webhook_deliveries where integration_id = ${webhook.json.id}`)[0]
              .n,
          ),
        { timeout: 90_000, intervals: [1000] },
      )
      .toBe(0);
    await expect
      .poll(
        async () =>
          Number((await db`select count(*)::int as n from audit_outbox where destination_id = ${created}`)[0].n),
        { timeout: 90_000, intervals: [1000] },
      )
      .toBe(0);

    const hookIds = hooks.received.map((r) => String(r.headers["webhook-id"]));
    expect(hookIds.sort()).toEqual([...eventIds].sort());
    expect(
      hooks.received.every((r) =>
        verifyWebhookSignature(webhook.json.signingSecret, String(r.headers["webhook-signature"]), r.body),
      ),
    ).toBe(true);

    const siemIds = siem.received.map((r) => (JSON.parse(r.body) as { id: string }).id);
    expect(siemIds.length).toBe(new Set(siemIds).size);
    const streamed = await db`select e.id from audit_events e join audit_destinations d on d.id = ${created}
      where e.agency_id = ${acmeId} and e.occurred_at > d.created_at`;
    expect(streamed.length).toBeGreaterThanOrEqual(12);
    expect(siemIds.filter((id) => !streamed.some((e) => e.id === id)).length).toBeLessThanOrEqual(1); // the destination's own creation event
    expect(streamed.filter((e) => !siemIds.includes(e.id))).toEqual([]);
    await Promise.all([owner.ctx.dispose(), admin.ctx.dispose()]);
  } finally {
    await siem.close();
    await hooks.close();
  }
});

test("killing the instance that is sending a webhook loses nothing: the other sends it once the lease ends", async () => {
  const { portalHost } = fleet;
  const hooks = await startTestReceiver();
  try {
    const admin = await clientOf(fleet.a.port, portalHost);
    await signIn(admin, portalHost, "admin@summitlegal.test");
    const webhook = await admin.send("POST", "/api/v1/portal/integrations", {
      provider: "webhook",
      name: "Crash receiver",
      config: { url: hooks.url, events: "call.completed" },
    });
    await admin.ctx.dispose();
    // The receiver holds the first request open; the instance that sent it is killed mid-send.
    hooks.behaviour.delayMs = 60_000;
    await queueWebhookEvents(webhook.json.id, ["evt_crash"]);
    await expect.poll(() => hooks.received.length, { timeout: 30_000, intervals: [200] }).toBe(1);
    const [{ claimed_by: holder }] =
      await db`select claimed_by from webhook_deliveries where integration_id = ${webhook.json.id}`;
    const victim = [fleet.a, fleet.b].find((i) => holder.split(":")[1] === String(i.pid));
    expect(victim, `the row is held by ${holder}`).toBeTruthy();
    victim!.kill("SIGKILL");
    hooks.behaviour.delayMs = 0;

    await expect
      .poll(
        async () =>
          (await db`select count(*)::int as n from webhook_deliveries where integration_id = ${webhook.json.id}`)[0].n,
        { timeout: 60_000, intervals: [1000] },
      )
      .toBe(0);
    expect(hooks.received.map((r) => r.headers["webhook-id"])).toEqual(["evt_crash", "evt_crash"]);
  } finally {
    await hooks.close();
  }
});

/** Client webhook events as a producer queues them (SPEC §13 ingestion), one per id. */
async function queueWebhookEvents(integrationId: string, ids: string[]) {
  const [hook] = await db`select agency_id, client_id from integrations where id = ${integrationId}`;
  for (const id of ids) {
    const event = {
      id,
      type: "call.completed",
      createdAt: new Date().toISOString(),
      data: { callId: randomBytes(8).toString("hex") },
    };
    await db`insert into webhook_deliveries (agency_id, client_id, integration_id, event_id, event)
      values (${hook.agency_id}, ${hook.client_id}, ${integrationId}, ${id}, ${db.json(event)})`;
  }
}
