import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { invitations } from "@/db/schema";
import { staffFor, TEST_META } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { auditRows, clientIdOf } from "@/db/testing/lookups";
import { auditCount, lastMailTo } from "@/db/testing/mail-for";
import { acceptInvitation, viewInvitation } from "@/lib/auth/accept-invitation";
import { AppError } from "@/lib/errors";
import { invitePerson } from "./invite-person";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { STAFF_TEAM, clientTeam } from "./team";

const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.status : e),
  );
const tokenHashOf = async (id: string) =>
  (await (await getDb()).select({ h: invitations.tokenHash }).from(invitations).where(eq(invitations.id, id)))[0].h;

describe("resending a staff invitation", () => {
  it("replaces the link on the console and restarts the clock, audited as a resend of a staff invitation", async () => {
    const owner = await staffFor("owner@acme.test");
    const inv = await invitePerson(owner, STAFF_TEAM, { email: "resend-staff@example.test", role: "member" });
    const { token: oldToken } = await lastMailTo("resend-staff@example.test");
    await (
      await getDb()
    )
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() + 60_000) })
      .where(eq(invitations.id, inv.id));
    const resent = await resendInvitation(owner, STAFF_TEAM, inv.id);
    expect(resent).toMatchObject({ id: inv.id, status: "pending", clientIds: [], delivery: "outbox", warnings: [] });
    expect(new Date(resent.expiresAt).getTime() - Date.now()).toBeGreaterThan(6 * 24 * 3600 * 1000);
    const mail = await lastMailTo("resend-staff@example.test");
    expect(mail.token).not.toBe(oldToken);
    expect(mail.text).toContain(`http://${testHosts().console}/accept-invite?token=${mail.token}`);
    expect(mail.text).toContain("Member");
    expect(JSON.stringify(resent)).not.toContain(mail.token);
    const [event] = (await auditRows("invite_sent")).filter((e) => e.targetId === inv.id).slice(-1);
    expect(event).toMatchObject({
      clientId: null,
      details: { email: "resend-staff@example.test", role: "member", resend: true, staff: true },
    });
    expect(await viewInvitation(oldToken, testHosts().console)).toEqual({ state: "invalid" });
    const accepted = await acceptInvitation(
      { token: mail.token, email: "resend-staff@example.test", name: "R", password: "resent-staff-link-42" },
      testHosts().console,
      TEST_META,
    );
    expect(accepted.ok).toBe(true);
    expect(await code(resendInvitation(owner, STAFF_TEAM, inv.id))).toBe(409);
  });

  it("follows the hierarchy: an admin cannot resend an invitation granting admin; managers, other agencies and client teams cannot reach it", async () => {
    const owner = await staffFor("owner@acme.test");
    const inv = await invitePerson(owner, STAFF_TEAM, { email: "resend-admin@example.test", role: "admin" });
    const hash = await tokenHashOf(inv.id);
    const sent = await auditCount("invite_sent", inv.id);
    expect(await code(resendInvitation(await staffFor("admin@acme.test"), STAFF_TEAM, inv.id))).toBe(403);
    expect(await code(resendInvitation(await staffFor("manager@acme.test"), STAFF_TEAM, inv.id))).toBe(403);
    expect(await code(resendInvitation(await staffFor("owner@globex.test"), STAFF_TEAM, inv.id))).toBe(404);
    // A staff invitation is no invitation of a client's team.
    expect(await code(resendInvitation(owner, clientTeam(await clientIdOf("Bright Dental")), inv.id))).toBe(404);
    expect(await code(resendInvitation(owner, STAFF_TEAM, "not-a-uuid"))).toBe(404);
    expect(await tokenHashOf(inv.id)).toBe(hash);
    expect(await auditCount("invite_sent", inv.id)).toBe(sent);
  });

  it("refuses a revoked or replaced invitation (409) and leaves it as it is", async () => {
    const owner = await staffFor("owner@acme.test");
    const revoked = await invitePerson(owner, STAFF_TEAM, { email: "resend-revoked@example.test", role: "manager" });
    await revokeInvitation(owner, STAFF_TEAM, revoked.id);
    expect(await code(resendInvitation(owner, STAFF_TEAM, revoked.id))).toBe(409);
    const first = await invitePerson(owner, STAFF_TEAM, { email: "resend-replaced@example.test", role: "member" });
    await (
      await getDb()
    )
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, first.id));
    await invitePerson(owner, STAFF_TEAM, { email: "resend-replaced@example.test", role: "member" });
    const hash = await tokenHashOf(first.id);
    expect(await code(resendInvitation(owner, STAFF_TEAM, first.id))).toBe(409);
    expect(await tokenHashOf(first.id)).toBe(hash);
  });

  it("treats anything but a team from a caller as no team (404), not a crash", async () => {
    const owner = await staffFor("owner@acme.test");
    for (const team of [null, {}, { kind: "agency" }, { kind: "client" }, { kind: "client", clientId: 7 }]) {
      expect(await code(resendInvitation(owner, team as never, "00000000-0000-4000-8000-000000000000"))).toBe(404);
    }
  });
});
