import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { clients } from "@/db/schema";
import { actorFor, staffFor, TEST_META } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { agentIdsOf, auditRows, clientIdOf, userIdOf } from "@/db/testing/lookups";
import { lastMailTo } from "@/db/testing/mail-for";
import { setPortalAccess } from "@/lib/dal/people/set-portal-access";
import { updateClient } from "@/lib/dal/clients/update-client";
import { endSession } from "./end-session";
import { loadActor } from "./load-actor";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { signOutEverywhere } from "./sign-out-everywhere";
import { removePerson } from "@/lib/dal/people/remove-person";
import { signOutPerson } from "@/lib/dal/people/sign-out-person";
import { updatePerson } from "@/lib/dal/people/update-person";
import { STAFF_TEAM, clientTeam } from "@/lib/dal/people/team";

/** A signed-in session of a seeded user, and its next request's actor. */
async function session(email: string) {
  const actor = await actorFor(email);
  const host = actor.kind === "agency" ? testHosts().console : testHosts().acme;
  const next = async () => loadActor(await getDb(), actor.sessionId!, host, TEST_META);
  expect((await next()).ok).toBe(true);
  return { actor, next };
}

describe("revocation takes effect on the old session's very next request", () => {
  it("role change: the next request carries the reduced rights", async () => {
    const { actor, next } = await session("supervisor@brightdental.test");
    await updatePerson(await staffFor("admin@acme.test"), clientTeam(await clientIdOf("Bright Dental")), actor.userId, {
      role: "agent",
    });
    const after = await next();
    expect(after.ok && after.actor.kind === "client" && after.actor.role).toBe("agent");
    expect(after.ok && after.actor.resolved.capabilities.has("calls.transcript.read" as never)).toBe(false);
  });

  it("assignment change: the next request sees only the assigned agents", async () => {
    const { actor, next } = await session("analyst@brightdental.test");
    const [one] = await agentIdsOf("Bright Dental");
    await updatePerson(await staffFor("admin@acme.test"), clientTeam(await clientIdOf("Bright Dental")), actor.userId, {
      agentIds: [one],
    });
    const after = await next();
    expect(after.ok && after.actor.kind === "client" && after.actor.resolved.agentScope).toEqual({
      all: false,
      agentIds: [one],
    });
  });

  it("removal: refused", async () => {
    const { actor, next } = await session("agent@brightdental.test");
    await removePerson(await staffFor("admin@acme.test"), clientTeam(await clientIdOf("Bright Dental")), actor.userId);
    expect(await next()).toEqual({ ok: false, reason: "signed_out" });
  });

  it("removal, then suspension: the removed user's old cookie learns nothing about the portal", async () => {
    const { actor, next } = await session("analyst@brightdental.test");
    const bright = await clientIdOf("Bright Dental");
    await removePerson(await staffFor("admin@acme.test"), clientTeam(bright), actor.userId);
    const db = await getDb();
    await db.update(clients).set({ portalAccess: "suspended" }).where(eq(clients.id, bright));
    expect(await next()).toEqual({ ok: false, reason: "signed_out" });
    await db.update(clients).set({ portalAccess: "enabled" }).where(eq(clients.id, bright));
  });

  it("suspension set directly in the database (no verb): refused as suspended on the next request", async () => {
    const { next } = await session("admin@novarealty.test");
    const nova = await clientIdOf("Nova Realty");
    const db = await getDb();
    await db.update(clients).set({ portalAccess: "suspended" }).where(eq(clients.id, nova));
    expect(await next()).toEqual({ ok: false, reason: "suspended" });
    await db.update(clients).set({ portalAccess: "enabled" }).where(eq(clients.id, nova));
  });

  it("suspension through either verb ends the client's sessions: re-enabling the portal revives none", async () => {
    const admin = await staffFor("admin@acme.test");
    const nova = await clientIdOf("Nova Realty");
    const suspendVerbs = [
      (portalAccess: "enabled" | "suspended") => setPortalAccess(admin, nova, { portalAccess }),
      (portalAccess: "enabled" | "suspended") => updateClient(admin, nova, { portalAccess }),
    ];
    for (const setAccess of suspendVerbs) {
      const { next } = await session("admin@novarealty.test");
      const mark = (await auditRows("client_portal_suspended")).length;
      await setAccess("suspended");
      expect((await next()).ok).toBe(false);
      await setAccess("enabled");
      expect(await next()).toEqual({ ok: false, reason: "signed_out" });
      const [event] = (await auditRows("client_portal_suspended")).slice(mark);
      expect((event.details as { sessionsEnded: number }).sessionsEnded).toBeGreaterThanOrEqual(1);
    }
    // Agency staff keep full access to the client, and the users sign in again as before.
    expect(admin.resolved.capabilities.has("client.edit")).toBe(true);
    expect(
      (
        await loadActor(
          await getDb(),
          (await actorFor("admin@novarealty.test")).sessionId!,
          testHosts().acme,
          TEST_META,
        )
      ).ok,
    ).toBe(true);
  });

  it("password change through a reset link: every other session refused", async () => {
    const { next } = await session("admin@summitlegal.test");
    await (
      await requestPasswordReset("admin@summitlegal.test", testHosts().acme, TEST_META)
    ).delivered;
    const { token } = await lastMailTo("admin@summitlegal.test");
    expect((await resetPassword({ token, password: "summit-new-secret-41" }, testHosts().acme, TEST_META)).ok).toBe(
      true,
    );
    expect(await next()).toEqual({ ok: false, reason: "signed_out" });
  });

  it("sign out, by the app's action and Auth.js's signOut event alike: refused, logged once", async () => {
    const { actor, next } = await session("supervisor@brightdental.test");
    const before = (await auditRows("logout")).length;
    await endSession(actor.sessionId!, TEST_META);
    await endSession(actor.sessionId!, TEST_META);
    expect(await next()).toEqual({ ok: false, reason: "signed_out" });
    const logouts = (await auditRows("logout")).slice(before);
    expect(logouts).toHaveLength(1);
    expect(logouts[0]).toMatchObject({
      actorId: actor.userId,
      clientId: (actor as { clientId: string }).clientId,
      ip: TEST_META.ip,
    });
  });

  it("sign out everywhere (self): refused", async () => {
    const { actor, next } = await session("member@acme.test");
    await signOutEverywhere(actor);
    expect(await next()).toEqual({ ok: false, reason: "signed_out" });
  });

  it("sign out everywhere by an admin on a user row: refused", async () => {
    const { actor, next } = await session("admin@brightdental.test");
    await signOutPerson(await staffFor("owner@acme.test"), clientTeam(await clientIdOf("Bright Dental")), actor.userId);
    expect(await next()).toEqual({ ok: false, reason: "signed_out" });
  });

  it("staff role change reduces, staff removal refuses", async () => {
    const { actor, next } = await session("manager@acme.test");
    await updatePerson(await staffFor("admin@acme.test"), STAFF_TEAM, actor.userId, { role: "member" });
    const after = await next();
    expect(after.ok && after.actor.kind === "agency" && after.actor.resolved.capabilities.has("client.edit")).toBe(
      false,
    );
    await removePerson(await staffFor("admin@acme.test"), STAFF_TEAM, await userIdOf("manager@acme.test"));
    expect(await next()).toEqual({ ok: false, reason: "signed_out" });
  });
});
