import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, clients, sessions, users } from "@/db/schema";
import { TEST_META } from "@/db/testing/actor-for";
import { loadActor } from "./load-actor";
import { verifyCredentials } from "./verify-credentials";

const PASSWORD = "demo-portal-2026";
const CONSOLE = "localhost:3000";
const ACME = "acme.localhost:3000";
const GLOBEX = "globex.localhost:3000";
const signIn = (email: string, host: string, password = PASSWORD, ip = "10.0.0.1") =>
  verifyCredentials({ email, password, host, meta: { ip, userAgent: "vitest" } });

describe("verifyCredentials", () => {
  it("signs staff in on the console host only", async () => {
    expect((await signIn("owner@acme.test", CONSOLE)).ok).toBe(true);
    expect(await signIn("owner@acme.test", ACME)).toEqual({ ok: false, reason: "invalid" });
  });

  it("signs a client user in on its own agency's portal only, with the same answer as a wrong password elsewhere", async () => {
    expect((await signIn("admin@brightdental.test", ACME)).ok).toBe(true);
    const elsewhere = await signIn("admin@brightdental.test", GLOBEX);
    const wrong = await signIn("admin@brightdental.test", ACME, "wrong-password-1");
    const unknown = await signIn("nobody@brightdental.test", ACME);
    expect(elsewhere).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(elsewhere);
    expect(unknown).toEqual(elsewhere);
  });

  it("records login_succeeded and login_failed in the agency's audit chain", async () => {
    const db = await getDb();
    await signIn("supervisor@brightdental.test", ACME);
    await signIn("supervisor@brightdental.test", ACME, "nope-nope-nope");
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.actorEmail, "supervisor@brightdental.test"));
    expect(rows.map((r) => r.action).sort()).toEqual(["login_failed", "login_succeeded"]);
    expect(JSON.stringify(rows)).not.toContain("nope-nope-nope");
  });

  it("refuses a suspended client's users with their own reason, only after the right password", async () => {
    const db = await getDb();
    const [nova] = await db.select().from(clients).where(eq(clients.name, "Nova Realty"));
    await db.update(clients).set({ portalAccess: "suspended" }).where(eq(clients.id, nova.id));
    expect(await signIn("admin@novarealty.test", ACME)).toEqual({ ok: false, reason: "suspended" });
    expect(await signIn("admin@novarealty.test", ACME, "wrong-password-2")).toEqual({ ok: false, reason: "invalid" });
    await db.update(clients).set({ portalAccess: "enabled" }).where(eq(clients.id, nova.id));
  });

  it("throttles repeated failures for one account from one address, not from another", async () => {
    for (let i = 0; i < 5; i++) await signIn("analyst@brightdental.test", ACME, `wrong-${i}-password`, "10.9.9.9");
    const blocked = await signIn("analyst@brightdental.test", ACME, PASSWORD, "10.9.9.9");
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.reason).toBe("throttled");
    expect((await signIn("analyst@brightdental.test", ACME, PASSWORD, "10.1.1.1")).ok).toBe(true);
  });
});

describe("loadActor re-checks the database on every request", () => {
  it("ends a session when the user is removed, the session revoked or the client suspended", async () => {
    const db = await getDb();
    const result = await signIn("agent@brightdental.test", ACME);
    if (!result.ok) throw new Error("sign-in failed");
    expect((await loadActor(db, result.sessionId, ACME, TEST_META)).ok).toBe(true);
    expect((await loadActor(db, result.sessionId, GLOBEX, TEST_META)).ok).toBe(false);
    expect((await loadActor(db, result.sessionId, CONSOLE, TEST_META)).ok).toBe(false);

    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    await db.update(clients).set({ portalAccess: "suspended" }).where(eq(clients.id, user.clientId!));
    expect(await loadActor(db, result.sessionId, ACME, TEST_META)).toEqual({ ok: false, reason: "suspended" });
    await db.update(clients).set({ portalAccess: "enabled" }).where(eq(clients.id, user.clientId!));

    await db
      .update(users)
      .set({ sessionVersion: user.sessionVersion + 1 })
      .where(eq(users.id, user.id));
    expect((await loadActor(db, result.sessionId, ACME, TEST_META)).ok).toBe(false);
    await db.update(users).set({ sessionVersion: user.sessionVersion }).where(eq(users.id, user.id));
    expect((await loadActor(db, result.sessionId, ACME, TEST_META)).ok).toBe(true);

    await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, result.sessionId));
    expect((await loadActor(db, result.sessionId, ACME, TEST_META)).ok).toBe(false);
  });

  it("reads the current role on each load, so a role change applies on the next request", async () => {
    const db = await getDb();
    const result = await signIn("supervisor@brightdental.test", ACME);
    if (!result.ok) throw new Error("sign-in failed");
    const first = await loadActor(db, result.sessionId, ACME, TEST_META);
    expect(
      first.ok && first.actor.kind === "client" && first.actor.resolved.capabilities.has("calls.recording.play"),
    ).toBe(true);
    await db.update(users).set({ role: "analyst" }).where(eq(users.id, result.userId));
    const second = await loadActor(db, result.sessionId, ACME, TEST_META);
    expect(
      second.ok && second.actor.kind === "client" && second.actor.resolved.capabilities.has("calls.recording.play"),
    ).toBe(false);
  });
});
