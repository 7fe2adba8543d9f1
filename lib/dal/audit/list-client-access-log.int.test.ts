import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { calls, clients } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { listClientAccessLog } from "./list-client-access-log";

let brightCallId: string;
let summitCallId: string;

// The calls verbs (another branch) emit these; here the log is written the way they will write it.
async function access(
  actor: Actor,
  action: "transcript_view" | "recording_play" | "recording_download" | "call_export",
  callId: string,
  clientId: string,
) {
  const db = await getDb();
  await db.transaction((tx) =>
    emitAudit(tx, actor.agencyId, auditActorOf(actor), { action, target: { type: "call", id: callId }, clientId }),
  );
}

beforeAll(async () => {
  const db = await getDb();
  const [bright] = await db.select().from(clients).where(eq(clients.name, "Bright Dental"));
  const [summit] = await db.select().from(clients).where(eq(clients.name, "Summit Legal"));
  [{ id: brightCallId }] = await db.select({ id: calls.id }).from(calls).where(eq(calls.clientId, bright.id)).limit(1);
  [{ id: summitCallId }] = await db
    .select({ id: calls.id })
    .from(calls)
    .where(and(eq(calls.clientId, summit.id)))
    .limit(1);
  const supervisor = await clientUserFor("supervisor@brightdental.test");
  const admin = await clientUserFor("admin@brightdental.test");
  const staff = await staffFor("manager@acme.test");
  await access(supervisor, "transcript_view", brightCallId, bright.id);
  await access(supervisor, "recording_play", brightCallId, bright.id);
  await access(staff, "transcript_view", brightCallId, bright.id);
  await access(admin, "recording_download", brightCallId, bright.id);
  await access(admin, "call_export", brightCallId, bright.id);
  await access(await clientUserFor("admin@summitlegal.test"), "transcript_view", summitCallId, summit.id);
});

describe("listClientAccessLog", () => {
  it("lists who read, played or downloaded this client's calls — staff included — newest first, without IPs", async () => {
    const { items, nextCursor } = await listClientAccessLog(await clientUserFor("admin@brightdental.test"));
    expect(items.map((i) => [i.action, i.actor.email, i.actor.kind])).toEqual([
      ["recording_download", "admin@brightdental.test", "client"],
      ["transcript_view", "manager@acme.test", "agency"],
      ["recording_play", "supervisor@brightdental.test", "client"],
      ["transcript_view", "supervisor@brightdental.test", "client"],
    ]);
    expect(items[0].call).toMatchObject({
      id: brightCallId,
      startedAt: expect.any(String),
      callerNumber: expect.any(String),
    });
    expect(nextCursor).toBeNull();
    expect(JSON.stringify(items)).not.toContain("127.0.0.1");
  });

  it("pages with a cursor and narrows to one call", async () => {
    const admin = await clientUserFor("admin@brightdental.test");
    const first = await listClientAccessLog(admin, { limit: 3 });
    expect(first.items).toHaveLength(3);
    const second = await listClientAccessLog(admin, { limit: 3, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect((await listClientAccessLog(admin, { callId: summitCallId })).items).toEqual([]);
  });

  it("never shows another client's access", async () => {
    const summit = await listClientAccessLog(await clientUserFor("admin@summitlegal.test"));
    expect(summit.items.map((i) => i.call?.id)).toEqual([summitCallId]);
  });

  it("is for client admins: other roles 403, staff 404", async () => {
    await expect(listClientAccessLog(await clientUserFor("supervisor@brightdental.test"))).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(listClientAccessLog(await clientUserFor("analyst@brightdental.test"))).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(listClientAccessLog(await staffFor("owner@acme.test"))).rejects.toMatchObject({ code: "not_found" });
  });
});
