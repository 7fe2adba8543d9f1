import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, clients, users } from "@/db/schema";
import { staffFor, TEST_META } from "@/db/testing/actor-for";
import { loadActor } from "@/lib/auth/load-actor";
import { redeemPreviewHandoff } from "@/lib/auth/redeem-preview-handoff";
import { requireClient } from "@/lib/authz/guards";
import { startClientPreview } from "./start-client-preview";

const clientId = async (name: string) => {
  const db = await getDb();
  const [row] = await db.select({ id: clients.id }).from(clients).where(eq(clients.name, name));
  return row.id;
};
const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;

describe("startClientPreview", () => {
  it("gives an editor a read-only portal session as the chosen role, on the agency's portal host only", async () => {
    const bright = await clientId("Bright Dental");
    const manager = await staffFor("manager@acme.test");
    const { url } = await startClientPreview(manager, bright, { role: "supervisor" });
    expect(url).toMatch(/^http:\/\/acme\.localhost:3000\/preview\?token=/);

    const sessionId = await redeemPreviewHandoff(tokenOf(url));
    expect(sessionId).toBeTruthy();
    expect(await redeemPreviewHandoff(tokenOf(url))).toBeNull(); // single use

    const db = await getDb();
    const loaded = await loadActor(db, sessionId!, "acme.localhost:3000", TEST_META);
    if (!loaded.ok || loaded.actor.kind !== "client") throw new Error("preview actor not loaded");
    expect(loaded.actor.role).toBe("supervisor");
    expect(loaded.actor.clientId).toBe(bright);
    expect(loaded.actor.preview?.staffEmail).toBe("manager@acme.test");
    expect(() => requireClient(loaded.actor, "calls.read")).not.toThrow();
    expect(() => requireClient(loaded.actor, "calls.review")).toThrow("Preview is read-only.");
    expect((await loadActor(db, sessionId!, "localhost:3000", TEST_META)).ok).toBe(false);
    expect((await loadActor(db, sessionId!, "globex.localhost:3000", TEST_META)).ok).toBe(false);

    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "preview_as_client"), eq(auditEvents.clientId, bright)));
    expect(events).toHaveLength(1);
    expect(events[0].actorEmail).toBe("manager@acme.test");
    expect(events[0].details).toEqual({ role: "supervisor" });
  });

  it("refuses staff who may not edit the client, and another agency's client is not found", async () => {
    const summit = await clientId("Summit Legal");
    const bright = await clientId("Bright Dental");
    const globexDental = await clientId("Globex Dental");
    await expect(
      startClientPreview(await staffFor("member@acme.test"), summit, { role: "admin" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      startClientPreview(await staffFor("member@acme.test"), bright, { role: "admin" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      startClientPreview(await staffFor("manager@acme.test"), summit, { role: "admin" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      startClientPreview(await staffFor("owner@acme.test"), globexDental, { role: "admin" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      startClientPreview(await staffFor("owner@acme.test"), "not-a-uuid", { role: "admin" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      startClientPreview(await staffFor("owner@acme.test"), bright, { role: "owner" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("ends the preview on the next request once the staff member loses edit rights", async () => {
    const bright = await clientId("Bright Dental");
    const admin = await staffFor("admin@acme.test");
    const sessionId = await redeemPreviewHandoff(
      tokenOf((await startClientPreview(admin, bright, { role: "analyst" })).url),
    );
    const db = await getDb();
    expect((await loadActor(db, sessionId!, "acme.localhost:3000", TEST_META)).ok).toBe(true);
    await db.update(users).set({ role: "member" }).where(eq(users.id, admin.userId));
    expect((await loadActor(db, sessionId!, "acme.localhost:3000", TEST_META)).ok).toBe(false);
  });
});
