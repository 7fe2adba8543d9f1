import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { aiAgents as agents, clients } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { signedIn } from "@/db/testing/signed-in-actor";
import { testHosts } from "@/db/testing/hosts";

// The route reads the signed-in actor from the request; here it is whoever the test says, so what
// is proved is the gate in front of the verb, on the real route module and a real database.
vi.mock("@/lib/auth/current-actor", () => import("@/db/testing/signed-in-actor"));

const COOKIE = "authjs.session-token=the-victims-session";

beforeEach(() => {
  signedIn.actor = null;
});

function request(host: string, path: string, method: string, body: string, headers: Record<string, string>) {
  return new Request(`http://${host}${path}`, {
    method,
    body,
    headers: { host, cookie: COOKIE, "content-length": String(Buffer.byteLength(body)), ...headers },
  });
}

async function clientCount(agencyId: string, name: string) {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(clients)
    .where(and(eq(clients.agencyId, agencyId), eq(clients.name, name)));
  return row.n;
}

async function createClientAs(headers: Record<string, string>, name: string) {
  const host = testHosts().console;
  const { POST } = await import("@/app/api/v1/clients/route");
  return POST(request(host, "/api/v1/clients", "POST", JSON.stringify({ name }), headers), {
    params: Promise.resolve({}),
  });
}

describe("POST /api/v1/clients behind the request gate", () => {
  it.each([
    [
      "a foreign Origin",
      { origin: "http://evil.test", "sec-fetch-site": "cross-site", "content-type": "application/json" },
      403,
      "forbidden_origin",
    ],
    ["no Origin", { "content-type": "application/json" }, 403, "forbidden_origin"],
    [
      "a text/plain body",
      { origin: "SELF", "content-type": "text/plain;charset=UTF-8" },
      415,
      "unsupported_media_type",
    ],
    [
      "a form body",
      { origin: "SELF", "content-type": "application/x-www-form-urlencoded" },
      415,
      "unsupported_media_type",
    ],
    ["no Content-Type", { origin: "SELF" }, 415, "unsupported_media_type"],
  ])("refuses %s and stores nothing", async (what, rawHeaders, status, code) => {
    const admin = await staffFor("admin@acme.test");
    signedIn.actor = admin;
    const headers = Object.fromEntries(
      Object.entries(rawHeaders).map(([k, v]) => [k, v === "SELF" ? `http://${testHosts().console}` : v]),
    );
    const name = `Refused client (${what})`;
    const res = await createClientAs(headers, name);
    expect(res.status).toBe(status);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const body = await res.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toEqual(expect.any(String));
    expect(await clientCount(admin.agencyId, name)).toBe(0);
  });

  it("creates the client for a JSON request from the console's own origin", async () => {
    const admin = await staffFor("admin@acme.test");
    signedIn.actor = admin;
    const res = await createClientAs(
      { origin: `http://${testHosts().console}`, "content-type": "application/json" },
      "Same-origin client",
    );
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await clientCount(admin.agencyId, "Same-origin client")).toBe(1);
  });
});

describe("PATCH /api/v1/portal/agents/{id} on a portal host", () => {
  async function patchGreeting(origin: string) {
    const clientAdmin = await clientUserFor("admin@summitlegal.test");
    signedIn.actor = clientAdmin;
    const db = await getDb();
    const [agent] = await db.select().from(agents).where(eq(agents.clientId, clientAdmin.clientId)).limit(1);
    const { PATCH } = await import("@/app/api/v1/portal/agents/[id]/route");
    const host = testHosts().acme;
    const body = JSON.stringify({ greeting: `Hello from ${origin}`, version: agent.version });
    const res = await PATCH(
      request(host, `/api/v1/portal/agents/${agent.id}`, "PATCH", body, { origin, "content-type": "application/json" }),
      {
        params: Promise.resolve({ id: agent.id }),
      },
    );
    const [after] = await db.select().from(agents).where(eq(agents.id, agent.id));
    return { res, before: agent, after };
  }

  it("refuses the console's origin (another host) and changes nothing", async () => {
    const { res, before, after } = await patchGreeting(`http://${testHosts().console}`);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden_origin");
    expect(after.greeting).toBe(before.greeting);
    expect(after.version).toBe(before.version);
  });

  it("accepts the portal host's own origin", async () => {
    const { res, after } = await patchGreeting(`http://${testHosts().acme}`);
    expect(res.status).toBe(200);
    expect(after.greeting).toBe(`Hello from http://${testHosts().acme}`);
  });
});
