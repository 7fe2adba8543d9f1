import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { clients, users } from "@/db/schema";
import { staffFor, clientUserFor } from "@/db/testing/actor-for";
import { signedIn } from "@/db/testing/signed-in-actor";
import { auditMark, expectOneAuditEvent } from "@/db/testing/audit-events";
import { endSession } from "@/lib/auth/end-session";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import type { Actor } from "@/lib/authz/actor";
import { streamAuditExport } from "@/lib/dal/audit/stream-audit-export";
import { updateAuditRetention } from "@/lib/dal/audit/update-audit-retention";
import { recordDenial } from "./record-denial";

// Route handlers read the signed-in actor from the request; here it is whoever the test says.
vi.mock("@/lib/auth/current-actor", () => import("@/db/testing/signed-in-actor"));

const ACME_PORTAL = "acme.localhost:3000";
const meta = { ip: "203.0.113.7", userAgent: "completeness-test" };

beforeEach(() => {
  signedIn.actor = null;
});

async function callAuditList(actor: Actor) {
  signedIn.actor = actor;
  const { GET } = await import("@/app/api/v1/audit-events/route");
  return GET(new Request("http://localhost:3000/api/v1/audit-events?action=logout&token=secret"), {
    params: Promise.resolve({}),
  });
}

describe("each action this branch performs writes exactly one event with the right facts", () => {
  it("login_succeeded", async () => {
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.email, "analyst@brightdental.test"));
    const mark = await auditMark(user.agencyId);
    expect(
      (
        await verifyCredentials({
          email: "analyst@brightdental.test",
          password: "demo-portal-2026",
          host: ACME_PORTAL,
          meta,
        })
      ).ok,
    ).toBe(true);
    await expectOneAuditEvent(user.agencyId, mark, {
      action: "login_succeeded",
      actorType: "user",
      actorId: user.id,
      actorEmail: "analyst@brightdental.test",
      target: { type: "user", id: user.id },
      clientId: user.clientId,
      outcome: "success",
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
  });

  it("login_failed, without the password", async () => {
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.email, "supervisor@brightdental.test"));
    const mark = await auditMark(user.agencyId);
    await verifyCredentials({
      email: "supervisor@brightdental.test",
      password: "not-my-password-42",
      host: ACME_PORTAL,
      meta,
    });
    const event = await expectOneAuditEvent(user.agencyId, mark, {
      action: "login_failed",
      actorId: user.id,
      target: { type: "user", id: user.id },
      clientId: user.clientId,
      outcome: "failure",
    });
    expect(JSON.stringify(event)).not.toContain("not-my-password-42");
  });

  it("logout, tied to the session by a digest, never the session id itself", async () => {
    const actor = await clientUserFor("admin@brightdental.test");
    const mark = await auditMark(actor.agencyId);
    await endSession(actor.sessionId!, actor.meta);
    const event = await expectOneAuditEvent(actor.agencyId, mark, {
      action: "logout",
      actorId: actor.userId,
      actorEmail: actor.email,
      target: { type: "user", id: actor.userId },
      clientId: actor.clientId,
      outcome: "success",
    });
    expect(event.sessionRef).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(event)).not.toContain(actor.sessionId!);
  });

  it("retention_policy_change, with before and after", async () => {
    const actor = await staffFor("admin@acme.test");
    const mark = await auditMark(actor.agencyId);
    await updateAuditRetention(actor, { retentionDays: 400 });
    await expectOneAuditEvent(actor.agencyId, mark, {
      action: "retention_policy_change",
      actorId: actor.userId,
      target: { type: "agency", id: actor.agencyId },
      clientId: null,
      outcome: "success",
      details: { before: { retentionDays: 365 }, after: { retentionDays: 400 } },
    });
  });

  it("audit_export, with its format and filters", async () => {
    const actor = await staffFor("owner@acme.test");
    const db = await getDb();
    const [bright] = await db.select().from(clients).where(eq(clients.name, "Bright Dental"));
    const mark = await auditMark(actor.agencyId);
    const { body } = await streamAuditExport(actor, {
      format: "jsonl",
      clientId: bright.id,
      action: "login_succeeded",
    });
    await new Response(body).text();
    await expectOneAuditEvent(actor.agencyId, mark, {
      action: "audit_export",
      actorId: actor.userId,
      target: { type: "audit_log", id: actor.agencyId },
      clientId: bright.id,
      details: { format: "jsonl", filters: { clientId: bright.id, action: "login_succeeded" } },
    });
  });

  it("access_denied when a signed-in user hits a capability they lack through the API — path without query", async () => {
    const manager = await staffFor("manager@acme.test");
    const mark = await auditMark(manager.agencyId);
    const response = await callAuditList(manager);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
    await expectOneAuditEvent(manager.agencyId, mark, {
      action: "access_denied",
      actorId: manager.userId,
      outcome: "denied",
      clientId: null,
      target: { type: "endpoint", id: "GET /api/v1/audit-events" },
      details: { method: "GET", path: "/api/v1/audit-events" },
    });
  });

  it("access_denied cannot flood the log: at most 10 a minute per actor", async () => {
    const member = await staffFor("member@acme.test");
    const mark = await auditMark(member.agencyId);
    const recorded = [];
    for (let i = 0; i < 12; i++)
      recorded.push(await recordDenial(member, { method: "GET", path: "/api/v1/audit-events" }));
    expect(recorded.filter(Boolean)).toHaveLength(10);
    const { auditEventsSince } = await import("@/db/testing/audit-events");
    expect((await auditEventsSince(member.agencyId, mark)).filter((e) => e.action === "access_denied")).toHaveLength(
      10,
    );
    const other = await staffFor("admin@acme.test");
    expect(await recordDenial(other, { method: "GET", path: "/x" })).toBe(true);
  });

  it("no access_denied for a 404 (another tenant or a client user on a staff verb) nor when signed out", async () => {
    const client = await clientUserFor("admin@brightdental.test");
    const mark = await auditMark(client.agencyId);
    expect((await callAuditList(client)).status).toBe(404);
    signedIn.actor = null;
    const { GET } = await import("@/app/api/v1/audit-events/route");
    expect(
      (await GET(new Request("http://localhost:3000/api/v1/audit-events"), { params: Promise.resolve({}) })).status,
    ).toBe(401);
    const { auditEventsSince } = await import("@/db/testing/audit-events");
    expect((await auditEventsSince(client.agencyId, mark)).map((e) => e.action)).toEqual([]);
  });
});
