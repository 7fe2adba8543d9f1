import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agencies, calls, users } from "@/db/schema";
import { actorFor, hostFor, staffFor, TEST_META } from "@/db/testing/actor-for";
import { agentIdsOf, clientIdOf } from "@/db/testing/lookups";
import { loadActor } from "@/lib/auth/load-actor";
import { getClientPermissions } from "@/lib/dal/clients/get-client-permissions";
import { updateClientPermissions } from "@/lib/dal/clients/update-client-permissions";
import { ingestCall } from "@/lib/dal/calls/ingest/ingest-call";
import { updateCallReviewStatus } from "@/lib/dal/calls/update-call-review-status";
import { updatePerson } from "@/lib/dal/people/update-person";
import { clientTeam } from "@/lib/dal/people/team";
import { pageCacheKey } from "./page-cache-key";

const NOW = new Date("2026-11-27T12:00:00Z");

/** A signed-in client user whose next request's cache key can be read again at any time. */
async function viewer(email: string) {
  const first = await actorFor(email);
  if (first.kind !== "client") throw new Error(`${email} is not a client user`);
  const host = hostFor("client", first.agencySlug);
  const key = async (url = "/analytics", now = NOW) => {
    const result = await loadActor(await getDb(), first.sessionId!, host, TEST_META);
    if (!result.ok || result.actor.kind !== "client" || !result.versions) throw new Error("signed out");
    return pageCacheKey({ host, url, headers: {} }, result.actor, result.versions, now);
  };
  return { actor: first, key };
}

const newCall = (agentId: string, externalId: string) => ({
  externalId,
  agentId,
  startedAt: "2026-11-26T14:05:00Z",
  durationSeconds: 61,
  direction: "inbound",
  status: "completed",
  callerNumber: "+15550100",
});

describe("the page cache key changes with exactly what a viewer is shown", () => {
  it("a call ingested, reviewed or deleted moves every viewer of that client on, and no other client", async () => {
    const bright = await viewer("admin@brightdental.test");
    const brightAgent = await viewer("agent@brightdental.test");
    const summit = await viewer("admin@summitlegal.test");
    const before = [await bright.key(), await brightAgent.key(), await summit.key()];
    expect(await bright.key()).toBe(before[0]); // stable while nothing changes

    const owner = await staffFor("owner@acme.test");
    // The agent user's own AI agent, so that user may review the call.
    const [agentId] = brightAgent.actor.assignedAgentIds;
    const call = await ingestCall(owner, newCall(agentId, "cache-key-1"));
    const afterIngest = [await bright.key(), await brightAgent.key(), await summit.key()];
    expect(afterIngest[0]).not.toBe(before[0]);
    expect(afterIngest[1]).not.toBe(before[1]);
    expect(afterIngest[2]).toBe(before[2]);

    await updateCallReviewStatus(brightAgent.actor, call.id, { reviewStatus: "follow_up" });
    const afterReview = await bright.key();
    expect(afterReview).not.toBe(afterIngest[0]);
    expect(await summit.key()).toBe(before[2]);

    // Bright Dental's users may not delete calls; a retention purge deletes the same way.
    await (await getDb()).delete(calls).where(eq(calls.id, call.id));
    expect(await bright.key()).not.toBe(afterReview);
    expect(await summit.key()).toBe(before[2]);
  });

  it("a write made by hand in SQL, with no verb, moves the client on too (triggers, not writers)", async () => {
    const bright = await viewer("supervisor@brightdental.test");
    const before = await bright.key();
    const db = await getDb();
    await db.execute(
      sql`update ${calls} set summary = summary where id = (select id from ${calls} where client_id = ${await clientIdOf("Bright Dental")} limit 1)`,
    );
    expect(await bright.key()).not.toBe(before);
  });

  it("a toggle change and a role or assignment change move on the viewers they affect", async () => {
    const admin = await viewer("admin@summitlegal.test");
    const before = await admin.key();
    const owner = await staffFor("owner@acme.test");
    const summit = await clientIdOf("Summit Legal");
    const perms = await getClientPermissions(owner, summit);
    await updateClientPermissions(owner, summit, {
      version: perms.version,
      view_analytics: !perms.permissions.view_analytics,
    });
    const afterToggle = await admin.key();
    expect(afterToggle).not.toBe(before);

    const analyst = await viewer("analyst@brightdental.test");
    const supervisor = await viewer("supervisor@brightdental.test");
    const supervisorBefore = await supervisor.key();
    const analystBefore = await analyst.key();
    const team = clientTeam(await clientIdOf("Bright Dental"));
    const [one] = await agentIdsOf("Bright Dental");
    await updatePerson(await staffFor("admin@acme.test"), team, analyst.actor.userId, { agentIds: [one] });
    const analystScoped = await analyst.key();
    expect(analystScoped).not.toBe(analystBefore);
    expect(await supervisor.key()).toBe(supervisorBefore);
    await updatePerson(await staffFor("admin@acme.test"), team, analyst.actor.userId, { role: "agent" });
    expect(await analyst.key()).not.toBe(analystScoped);
    expect(await supervisor.key()).toBe(supervisorBefore);
  });

  it("a branding change moves on every client of the agency; another agency's stay", async () => {
    const acme = await viewer("admin@summitlegal.test");
    const globex = await viewer("admin@globexdental.test");
    const before = [await acme.key(), await globex.key()];
    const db = await getDb();
    const [row] = await db.select({ color: agencies.primaryColor }).from(agencies).where(eq(agencies.slug, "acme"));
    await db
      .update(agencies)
      .set({ primaryColor: row.color === "#0f766e" ? "#b91c1c" : "#0f766e" })
      .where(eq(agencies.slug, "acme"));
    expect(await acme.key()).not.toBe(before[0]);
    expect(await globex.key()).toBe(before[1]);
  });

  it("the viewer's name, the day in the client's time zone and the address are part of it", async () => {
    const admin = await viewer("admin@brightdental.test");
    const before = await admin.key();
    expect(await admin.key("/analytics?days=7")).not.toBe(before);
    expect(await admin.key("/analytics", new Date(NOW.getTime() + 86_400_000))).not.toBe(before);
    await (await getDb()).update(users).set({ name: "Renamed Admin" }).where(eq(users.id, admin.actor.userId));
    expect(await admin.key()).not.toBe(before);
  });

  it("two users of one client never share a key, whatever their scopes", async () => {
    const a = await viewer("supervisor@brightdental.test");
    const b = await viewer("analyst@brightdental.test");
    expect(await a.key()).not.toBe(await b.key());
  });
});
