import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import postgres from "postgres";
import { readObject, type ObjectStore } from "../lib/storage/object-store";
import { s3Store } from "../lib/storage/s3-store";
import { parseStorageUrl } from "../lib/storage/storage-url";
import { startS3Server, type RunningS3Server } from "../lib/storage/testing/start-s3-server";
import { startTestReceiver } from "../lib/webhooks/test-receiver";
import { verifyWebhookSignature } from "../lib/webhooks/webhook-signature";
import { startInstances, type Instances } from "./support/two-instances";
import { DEMO_PASSWORD, signInToConsole } from "./support/session";

// SPEC §14: two app instances (scripts/server.mjs on the production build, own ports, own
// DATA_DIR) on one PostgreSQL database and one S3-protocol store (s3rver), the way a load balancer runs them. Requests go to each
// instance's port with the console's or the portal's Host header, as a proxy forwards them.
// PostgreSQL only: the embedded database belongs to one process.

test.describe.configure({ mode: "serial", timeout: 240_000 });

let fleet: Instances;
let db: postgres.Sql;
let s3: RunningS3Server;
let bucket: ObjectStore;
let acmeId = "";
let killedPid = 0;

test.beforeAll(async ({}, info) => {
  test.skip(
    info.project.name !== "postgres",
    "Two instances share one PostgreSQL database: set TEST_DATABASE_URL to run them (the postgres project).",
  );
  info.setTimeout(300_000);
  s3 = await startS3Server();
  bucket = s3Store(parseStorageUrl(s3.storageUrl));
  fleet = await startInstances(Number(process.env.E2E_PORT ?? 3100) + 170, { storageUrl: s3.storageUrl });
  db = postgres(fleet.databaseUrl, { max: 2, onnotice: () => {} });
  [{ id: acmeId }] = await db`select id from agencies where slug = 'acme'`;
});

test.afterAll(async () => {
  await db?.end();
  await fleet?.stop();
  await s3?.stop();
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

test("an API key's 600 requests a minute are counted across both instances", async () => {
  const { a, b, consoleHost } = fleet;
  const owner = await clientOf(a.port, consoleHost);
  await signIn(owner, consoleHost, "owner@acme.test");
  const created = await owner.send("POST", "/api/v1/api-keys", { name: "Fleet limiter", scopes: ["staff.read"] });
  expect(created.status).toBe(201);
  const { id, key } = created.json as { id: string; key: string };
  const bearer = (port: number) =>
    request.newContext({
      baseURL: `http://127.0.0.1:${port}`,
      extraHTTPHeaders: { host: consoleHost, authorization: `Bearer ${key}` },
    });
  const [onA, onB] = await Promise.all([bearer(a.port), bearer(b.port)]);
  // 600 requests, alternating, 20 at a time: neither instance alone saw more than 300.
  const statuses: number[] = [];
  for (let i = 0; i < 600; i += 20) {
    const batch = Array.from({ length: 20 }, (_, j) => ((i + j) % 2 ? onA : onB).get("/api/v1/me"));
    statuses.push(...(await Promise.all(batch)).map((r) => r.status()));
  }
  // A minute boundary inside the run would reset the count; the limiter's window starts at the
  // first request, so 600 quick requests fit one window.
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  for (const ctx of [onA, onB]) {
    const over = await ctx.get("/api/v1/me");
    expect(over.status()).toBe(429);
    expect(Number(over.headers()["retry-after"])).toBeGreaterThan(0);
    expect(over.headers()["ratelimit-remaining"]).toBe("0");
  }
  expect((await owner.send("DELETE", `/api/v1/api-keys/${id}`)).status).toBe(200);
  await Promise.all([owner.ctx.dispose(), onA.dispose(), onB.dispose()]);
});

test("a portal page cached on both instances shows a call ingested through B on the very next request to either", async () => {
  const { a, b, consoleHost, portalHost } = fleet;
  const viewerOnA = await clientOf(a.port, portalHost);
  await signIn(viewerOnA, portalHost, "admin@brightdental.test");
  const viewerOnB = await clientOf(b.port, portalHost, await viewerOnA.ctx.storageState());
  const analytics = async (viewer: Client) => {
    const response = await viewer.ctx.get("/analytics?days=7", { headers: { host: portalHost }, maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const total = /data-testid="chart-volume".*?data-testid="chart-total"[^>]*>([\d,]+)</s.exec(await response.text());
    return { cache: response.headers()["x-cache"], calls: Number(total?.[1].replaceAll(",", "")) };
  };
  for (const viewer of [viewerOnA, viewerOnB]) {
    await analytics(viewer);
    expect((await analytics(viewer)).cache).toBe("hit");
  }
  const before = (await analytics(viewerOnA)).calls;
  expect(before).toBeGreaterThan(0);

  const owner = await clientOf(b.port, consoleHost);
  await signIn(owner, consoleHost, "owner@acme.test");
  const created = await owner.send("POST", "/api/v1/api-keys", { name: "Fleet cache", scopes: ["calls.ingest"] });
  expect(created.status).toBe(201);
  const { id, key } = created.json as { id: string; key: string };
  const [agent] = await db<{ id: string }[]>`select g.id from ai_agents g join clients c on c.id = g.client_id
    where c.name = 'Bright Dental' order by g.name limit 1`;
  const ingest = await request.newContext({
    baseURL: `http://127.0.0.1:${b.port}`,
    extraHTTPHeaders: { host: consoleHost, authorization: `Bearer ${key}` },
  });
  const externalId = `fleet-cache-${Date.now()}`;
  const posted = await ingest.post("/api/v1/calls", {
    data: {
      externalId,
      agentId: agent.id,
      startedAt: new Date(Date.now() - 600_000).toISOString(),
      durationSeconds: 42,
      direction: "inbound",
      status: "completed",
      callerNumber: "+15550142",
    },
  });
  expect(posted.status()).toBe(201);

  // A never heard of the call: its next request reads the client's new data version and renders.
  expect(await analytics(viewerOnA)).toEqual({ cache: "miss", calls: before + 1 });
  expect(await analytics(viewerOnB)).toEqual({ cache: "miss", calls: before + 1 });
  expect(await analytics(viewerOnA)).toEqual({ cache: "hit", calls: before + 1 });
  // Later tests take Bright Dental's newest completed call to be a seeded one, with a recording.
  await db`delete from calls where source = 'api' and external_id = ${externalId}`;
  expect(await analytics(viewerOnB)).toEqual({ cache: "miss", calls: before });
  expect((await owner.send("DELETE", `/api/v1/api-keys/${id}`)).status).toBe(200);
  await Promise.all([viewerOnA.ctx.dispose(), viewerOnB.ctx.dispose(), owner.ctx.dispose(), ingest.dispose()]);
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
            (
              await db`select count(*)::int as n from webhook_deliveries where integration_id = ${webhook.json.id} and status = 'pending'`
            )[0].n,
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

// An 8×8 opaque PNG.
const LOGO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGPgL8vDihiGlgQApWE8wfekj3cAAAAASUVORK5CYII=",
  "base64",
);

test("a logo uploaded through A is served by B, from the shared store", async ({ page }) => {
  const { b, consoleHost } = fleet;
  // The console host is A's address (APP_URL): the browser uploads through A.
  await signInToConsole(page, `http://${consoleHost}`, "admin@acme.test");
  await page.goto(`http://${consoleHost}/agency/settings/branding`);
  await page
    .getByLabel("Logo", { exact: true })
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: LOGO });
  await page.getByRole("button", { name: "Save branding" }).click();
  await expect(page.getByText("Branding saved.")).toBeVisible();
  const [{ logo_path: name }] = await db`select logo_path from agencies where id = ${acmeId}`;
  expect(await readObject(bucket, `brand/${acmeId}/${name}`)).toEqual(LOGO);

  const onB = await clientOf(b.port, consoleHost);
  const asset = await onB.ctx.get(`/brand-assets/${acmeId}/logo`, { headers: { host: consoleHost } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()["content-type"]).toBe("image/png");
  expect(Buffer.from(await asset.body())).toEqual(LOGO);
  await onB.ctx.dispose();
  for (const instance of [fleet.a, fleet.b]) expect(existsSync(path.join(instance.dataDir, "brand"))).toBe(false);
});

test("a recording A stored in the shared store plays from B with Range", async () => {
  const { a, b, portalHost } = fleet;
  const onA = await clientOf(a.port, portalHost);
  await signIn(onA, portalHost, "supervisor@brightdental.test");
  const onB = await clientOf(b.port, portalHost, await onA.ctx.storageState());
  const id = (await onB.send("GET", "/api/v1/portal/calls?status=completed&limit=1")).json.items[0].id as string;
  const [{ recording_path: key }] = await db`select recording_path from calls where id = ${id}`;
  const recording = `/api/v1/portal/calls/${id}/recording`;
  const ranged = (client: Client, range: string) =>
    client.ctx.get(recording, { headers: { host: portalHost, range }, failOnStatusCode: false });

  // Take the file out of the store: A's first play writes it back (the route renders missing demo files).
  await bucket.delete(key);
  const first = await ranged(onA, "bytes=0-99");
  expect(first.status()).toBe(206);
  expect(
    Buffer.from(await first.body())
      .subarray(0, 4)
      .toString(),
  ).toBe("RIFF");
  const stored = await readObject(bucket, key);
  expect(stored?.length).toBeGreaterThan(500);

  // B streams the bytes A stored: the right range of the same object.
  const size = stored!.length;
  const tail = await ranged(onB, "bytes=-500");
  expect(tail.status()).toBe(206);
  expect(tail.headers()["content-range"]).toBe(`bytes ${size - 500}-${size - 1}/${size}`);
  expect(Buffer.from(await tail.body())).toEqual(stored!.subarray(size - 500));
  const middle = await ranged(onB, "bytes=1000-1099");
  expect(Buffer.from(await middle.body())).toEqual(stored!.subarray(1000, 1100));
  for (const instance of [a, b]) expect(existsSync(path.join(instance.dataDir, "recordings"))).toBe(false);
  await Promise.all([onA.ctx.dispose(), onB.ctx.dispose()]);
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
    killedPid = victim!.pid;
    hooks.behaviour.delayMs = 0;

    await expect
      .poll(
        async () =>
          (
            await db`select count(*)::int as n from webhook_deliveries where integration_id = ${webhook.json.id} and status = 'pending'`
          )[0].n,
        { timeout: 60_000, intervals: [1000] },
      )
      .toBe(0);
    expect(hooks.received.map((r) => r.headers["webhook-id"])).toEqual(["evt_crash", "evt_crash"]);
  } finally {
    await hooks.close();
  }
});

test("SIGTERM drains: the request in flight finishes, readiness says 503, and claimed deliveries are handed back", async () => {
  // The instance the crash test left running; with no other instance, a handed-back row stays visible.
  const survivor = [fleet.a, fleet.b].find((i) => i.pid !== killedPid)!;
  const { portalHost, consoleHost } = fleet;
  const held = await startTestReceiver();
  const slow = await startTestReceiver();
  try {
    const admin = await clientOf(survivor.port, portalHost);
    await signIn(admin, portalHost, "admin@summitlegal.test");
    const integration = async (name: string, url: string) =>
      (
        await admin.send("POST", "/api/v1/portal/integrations", {
          provider: "webhook",
          name,
          config: { url, events: "call.completed" },
        })
      ).json.id as string;
    const heldId = await integration("Drain held receiver", held.url);
    const slowId = await integration("Drain slow receiver", slow.url);
    const cookie = (await admin.ctx.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    await admin.ctx.dispose();

    // Deliveries the survivor's worker claimed in one round of 12 and sends four at a time, each
    // waiting out the 5-s timeout: the round outlasts the shutdown's drain, so rows are still held.
    held.behaviour.delayMs = 60_000;
    // In one transaction, so one round claims all twelve.
    await db.begin((tx) =>
      queueWebhookEvents(
        heldId,
        Array.from({ length: 12 }, (_, i) => `evt_drain_${i}`),
        tx,
      ),
    );
    await expect.poll(() => held.received.length, { timeout: 30_000, intervals: [200] }).toBeGreaterThan(0);
    const [claim] = await db`select count(*)::int as n, min(claimed_by) as holder from webhook_deliveries
      where integration_id = ${heldId} and claimed_by is not null`;
    expect(claim).toEqual({ n: 12, holder: expect.stringContaining(`:${survivor.pid}:`) });

    // A request in flight (the test event waits 1 s for its endpoint) on a kept-alive connection.
    slow.behaviour.delayMs = 1_000;
    const socket = connect(survivor.port, "127.0.0.1");
    let answers = "";
    socket.on("data", (chunk: Buffer) => (answers += chunk.toString("latin1")));
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.write(
      `POST /api/v1/portal/integrations/${slowId}/test HTTP/1.1\r\nHost: ${portalHost}\r\nOrigin: http://${portalHost}\r\n` +
        `Cookie: ${cookie}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
    );
    await expect.poll(() => slow.received.length, { timeout: 10_000, intervals: [100] }).toBe(1);

    survivor.kill("SIGTERM");
    // The listener closes at once: new connections are refused...
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${survivor.port}/api/health`).then(
            () => "open",
            () => "refused",
          ),
        {
          timeout: 5_000,
          intervals: [50],
        },
      )
      .toBe("refused");
    // ...while a connection in use still gets answers: readiness now says draining.
    socket.write(`GET /api/ready HTTP/1.1\r\nHost: ${consoleHost}\r\n\r\n`);
    await Promise.race([closed, survivor.exited]);
    await survivor.exited;

    const statuses = [...answers.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 503]);
    expect(answers).toContain('"delivered":true');
    expect(answers).toContain("draining");
    // Handed back rather than left to the lease: nothing is held by the stopped instance, and rows
    // its round had not finished are due now with no attempt counted (without the hand-back they
    // would stay claimed, with no instance left to take them). The round itself is not cancelled:
    // a send it starts meanwhile is one more at-least-once delivery, which receivers dedupe.
    const rows = await db`select claimed_by, attempts, next_attempt_at <= now() as due from webhook_deliveries
      where integration_id = ${heldId}`;
    expect(rows.filter((r) => r.claimed_by !== null)).toEqual([]);
    expect(rows.filter((r) => r.attempts === 0 && r.due).length).toBeGreaterThan(0);
  } finally {
    await held.close();
    await slow.close();
  }
});

/** Client webhook events as a producer queues them (SPEC §13 ingestion), one per id. */
async function queueWebhookEvents(
  integrationId: string,
  ids: string[],
  q: postgres.Sql | postgres.TransactionSql = db,
) {
  const [hook] = await q`select agency_id, client_id from integrations where id = ${integrationId}`;
  for (const id of ids) {
    const event = {
      id,
      type: "call.completed",
      createdAt: new Date().toISOString(),
      data: { callId: randomBytes(8).toString("hex") },
    };
    await q`insert into webhook_deliveries (agency_id, client_id, integration_id, event_id, event)
      values (${hook.agency_id}, ${hook.client_id}, ${integrationId}, ${id}, ${q.json(event)})`;
  }
}
