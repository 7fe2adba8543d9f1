import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { actorFor, hostFor, staffFor, TEST_META } from "@/db/testing/actor-for";
import { loadActor } from "@/lib/auth/load-actor";
import type { ClientActor } from "@/lib/authz/actor";
import { ingestCall } from "@/lib/dal/calls/ingest/ingest-call";
import { listCalls } from "@/lib/dal/calls/list-calls";
import { sharedAmongViewers } from "./shared-among-viewers";

/** A client user's actor and page versions, as their next request would load them. */
async function signedIn(email: string) {
  const first = await actorFor(email);
  const next = async () => {
    const result = await loadActor(await getDb(), first.sessionId!, hostFor("client", first.agencySlug), TEST_META);
    if (!result.ok || result.actor.kind !== "client") throw new Error("signed out");
    return { actor: result.actor, versions: result.versions };
  };
  return next;
}

describe("sharedAmongViewers", () => {
  it("reads once for viewers of one scope, apart for another scope, and again after a new call", async () => {
    let reads = 0;
    const latest = (actor: ClientActor) => async () => {
      reads++;
      return (await listCalls(actor, { limit: 50 })).items;
    };
    const shared = async (who: { actor: ClientActor; versions: Parameters<typeof sharedAmongViewers>[1] }) =>
      sharedAmongViewers(who.actor, who.versions, "latest", { limit: 50 }, latest(who.actor));

    const admin = await (await signedIn("admin@brightdental.test"))();
    // Another admin of the same client: same capabilities and agent scope, another person.
    const otherAdmin = {
      ...admin,
      actor: { ...admin.actor, userId: crypto.randomUUID(), name: "Other Admin", email: "other@brightdental.test" },
    };
    const seen = await shared(admin);
    expect(await shared(otherAdmin)).toBe(seen);
    expect(reads).toBe(1);

    const agentNext = await signedIn("agent@brightdental.test");
    const agent = await agentNext();
    const scoped = await shared(agent);
    expect(reads).toBe(2);
    expect(new Set(scoped.map((c) => c.agent.name))).toEqual(new Set(["Front Desk"]));
    expect(new Set(seen.map((c) => c.agent.name)).size).toBeGreaterThan(1);

    // A new call moves the client's data version: both scopes read again.
    await ingestCall(await staffFor("owner@acme.test"), {
      externalId: `shared-view-${Date.now()}`,
      agentId: agent.actor.assignedAgentIds[0],
      startedAt: new Date().toISOString(),
      durationSeconds: 30,
      direction: "inbound",
      status: "completed",
      callerNumber: "+15550177",
    });
    const fresh = await shared(await (await signedIn("admin@brightdental.test"))());
    expect(reads).toBe(3);
    expect(fresh[0].id).not.toBe(seen[0].id);
    await shared(await agentNext());
    expect(reads).toBe(4);
  });

  it("forgets a failed read, and reads every time without versions or in a staff preview", async () => {
    const admin = await (await signedIn("admin@summitlegal.test"))();
    let reads = 0;
    const failing = () => {
      reads++;
      return Promise.reject(new Error("passing fault"));
    };
    await expect(sharedAmongViewers(admin.actor, admin.versions, "fails", null, failing)).rejects.toThrow("passing");
    await expect(sharedAmongViewers(admin.actor, admin.versions, "fails", null, failing)).rejects.toThrow("passing");
    expect(reads).toBe(2);

    const counted = async () => ++reads;
    await sharedAmongViewers(admin.actor, undefined, "plain", null, counted);
    await sharedAmongViewers(admin.actor, undefined, "plain", null, counted);
    const preview = { ...admin.actor, preview: { staffUserId: crypto.randomUUID(), staffEmail: "admin@acme.test" } };
    await sharedAmongViewers(preview, admin.versions, "plain", null, counted);
    await sharedAmongViewers(preview, admin.versions, "plain", null, counted);
    expect(reads).toBe(6);
  });
});
