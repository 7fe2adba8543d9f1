import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { invitations } from "@/db/schema";
import { clientUserFor, staffFor, TEST_META } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { agentIdsOf, clientIdOf, usersWithEmail } from "@/db/testing/lookups";
import { auditCount, lastMailTo } from "@/db/testing/mail-for";
import { acceptInvitation, viewInvitation } from "@/lib/auth/accept-invitation";
import { AppError } from "@/lib/errors";
import { invitePerson } from "@/lib/dal/people/invite-person";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { resendInvitation } from "@/lib/dal/people/resend-invitation";
import { revokeInvitation } from "@/lib/dal/people/revoke-invitation";
import { STAFF_TEAM, clientTeam } from "@/lib/dal/people/team";

const PASSWORD = "harbor-lantern-quietly-7";
const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.status : e),
  );
const accept = (token: string, email: string, host: string, name = "New Person") =>
  acceptInvitation({ token, email, name, password: PASSWORD }, host, TEST_META);

describe("inviting a client user", () => {
  it("sends a branded email whose link is on the agency's portal host, and never returns the token", async () => {
    const admin = await staffFor("admin@acme.test");
    const bright = await clientIdOf("Bright Dental");
    const result = await invitePerson(admin, clientTeam(bright), {
      email: "New.Analyst@Example.test",
      role: "analyst",
    });
    expect(result).toMatchObject({
      email: "new.analyst@example.test",
      role: "analyst",
      status: "pending",
      delivery: "outbox",
      warnings: [],
    });
    const mail = await lastMailTo("new.analyst@example.test");
    expect(JSON.stringify(result)).not.toContain(mail.token);
    expect(mail.fromAddress).toContain("Acme Voice");
    expect(mail.subject).toContain("Acme Voice");
    expect(mail.text).toContain(`http://${testHosts().acme}/accept-invite?token=${mail.token}`);
    expect(mail.html).toContain(`http://${testHosts().acme}/accept-invite?token=${mail.token}`);
    expect(mail.text + mail.html + mail.subject + mail.fromAddress).not.toMatch(/switchboard/i);
    const [row] = await (await getDb()).select().from(invitations).where(eq(invitations.id, result.id));
    expect(row.tokenHash).not.toContain(mail.token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(7 * 24 * 3600 * 1000, -4);
    expect(await auditCount("invite_sent", result.id)).toBe(1);
  });

  it("warns that a client with every section off would have an empty portal, and still invites", async () => {
    const admin = await staffFor("admin@acme.test");
    const result = await invitePerson(admin, clientTeam(await clientIdOf("Harbor Plumbing")), {
      email: "plumber@example.test",
      role: "admin",
    });
    expect(result.status).toBe("pending");
    expect(result.warnings.join(" ")).toMatch(/empty portal/);
  });

  it("refuses an email that already has an account in the agency, client or staff (409)", async () => {
    const admin = await staffFor("admin@acme.test");
    const summit = await clientIdOf("Summit Legal");
    expect(
      await code(invitePerson(admin, clientTeam(summit), { email: "analyst@brightdental.test", role: "analyst" })),
    ).toBe(409);
    expect(await code(invitePerson(admin, clientTeam(summit), { email: "MANAGER@acme.test", role: "analyst" }))).toBe(
      409,
    );
    // …but the same email in another agency is another person.
    const globexOwner = await staffFor("owner@globex.test");
    expect(
      await code(
        invitePerson(globexOwner, clientTeam(await clientIdOf("Globex Dental")), {
          email: "analyst@brightdental.test",
          role: "analyst",
        }),
      ),
    ).toBe("ok");
  });

  it("refuses a second invitation while one is pending (409), and replaces an expired one", async () => {
    const admin = await staffFor("admin@acme.test");
    const bright = await clientIdOf("Bright Dental");
    const first = await invitePerson(admin, clientTeam(bright), { email: "twice@example.test", role: "agent" });
    expect(await code(invitePerson(admin, clientTeam(bright), { email: "twice@example.test", role: "admin" }))).toBe(
      409,
    );
    await (
      await getDb()
    )
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, first.id));
    const second = await invitePerson(admin, clientTeam(bright), { email: "twice@example.test", role: "admin" });
    const list = await listInvitations(admin, clientTeam(bright), { limit: 200 });
    expect(list.items.find((i) => i.id === first.id)?.status).toBe("expired");
    expect(list.items.find((i) => i.id === second.id)?.status).toBe("pending");
  });

  it("accepts only this client's agents", async () => {
    const admin = await staffFor("admin@acme.test");
    const [summitAgent] = await agentIdsOf("Summit Legal");
    expect(
      await code(
        invitePerson(admin, clientTeam(await clientIdOf("Bright Dental")), {
          email: "x@example.test",
          role: "agent",
          agentIds: [summitAgent],
        }),
      ),
    ).toBe(422);
  });

  it("denies: member 403, another agency 404, a client admin for another client 404, an analyst 403, a manager outside its clients 404 — nothing written", async () => {
    const bright = await clientIdOf("Bright Dental");
    const before = await auditCount("invite_sent");
    const input = { email: "denied@example.test", role: "analyst" };
    expect(
      await code(invitePerson(await staffFor("member@acme.test"), clientTeam(await clientIdOf("Summit Legal")), input)),
    ).toBe(403);
    expect(await code(invitePerson(await staffFor("owner@globex.test"), clientTeam(bright), input))).toBe(404);
    expect(await code(invitePerson(await clientUserFor("admin@summitlegal.test"), clientTeam(bright), input))).toBe(
      404,
    );
    expect(await code(invitePerson(await clientUserFor("analyst@brightdental.test"), clientTeam(bright), input))).toBe(
      403,
    );
    // A manager assigned Bright Dental does not see Summit Legal at all.
    expect(
      await code(
        invitePerson(await staffFor("manager@acme.test"), clientTeam(await clientIdOf("Summit Legal")), input),
      ),
    ).toBe(404);
    expect(await auditCount("invite_sent")).toBe(before);
    expect(await code(listInvitations(await staffFor("owner@globex.test"), clientTeam(bright)))).toBe(404);
    expect(
      await listInvitations(await staffFor("admin@acme.test"), clientTeam(bright)).then((l) =>
        l.items.some((i) => i.email === "denied@example.test"),
      ),
    ).toBe(false);
  });

  it("lets a client admin invite into its own client, and an assigned manager too", async () => {
    const bright = await clientIdOf("Bright Dental");
    const [frontDesk] = await agentIdsOf("Bright Dental");
    expect(
      await code(
        invitePerson(await clientUserFor("admin@brightdental.test"), clientTeam(bright), {
          email: "by-client-admin@example.test",
          role: "agent",
          agentIds: [frontDesk],
        }),
      ),
    ).toBe("ok");
    expect(
      await code(
        invitePerson(await staffFor("manager@acme.test"), clientTeam(bright), {
          email: "by-manager@example.test",
          role: "supervisor",
        }),
      ),
    ).toBe("ok");
  });
});

describe("accepting an invitation", () => {
  it("creates the account the invitation describes, once", async () => {
    const admin = await staffFor("admin@acme.test");
    const bright = await clientIdOf("Bright Dental");
    const [agent] = await agentIdsOf("Bright Dental");
    const inv = await invitePerson(admin, clientTeam(bright), {
      email: "accept-me@example.test",
      role: "agent",
      agentIds: [agent],
    });
    const { token } = await lastMailTo("accept-me@example.test");
    expect(await viewInvitation(token, testHosts().acme)).toMatchObject({
      state: "valid",
      email: "accept-me@example.test",
      clientName: "Bright Dental",
    });
    expect(await accept(token, "accept-me@example.test", testHosts().acme)).toEqual({
      ok: true,
      email: "accept-me@example.test",
      kind: "client",
    });
    const [user] = await usersWithEmail("accept-me@example.test");
    expect(user).toMatchObject({ kind: "client", role: "agent", clientId: bright });
    expect(await auditCount("invite_accepted", inv.id)).toBe(1);
    // Reuse: the link is spent.
    expect(await accept(token, "accept-me@example.test", testHosts().acme)).toMatchObject({
      ok: false,
      state: "accepted",
    });
    expect(await viewInvitation(token, testHosts().acme)).toMatchObject({ state: "accepted" });
    expect(await usersWithEmail("accept-me@example.test")).toHaveLength(1);
  });

  it("refuses an expired link", async () => {
    const admin = await staffFor("admin@acme.test");
    const inv = await invitePerson(admin, clientTeam(await clientIdOf("Bright Dental")), {
      email: "late@example.test",
      role: "analyst",
    });
    const { token } = await lastMailTo("late@example.test");
    await (
      await getDb()
    )
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(invitations.id, inv.id));
    expect(await accept(token, "late@example.test", testHosts().acme)).toMatchObject({ ok: false, state: "expired" });
    expect(await usersWithEmail("late@example.test")).toHaveLength(0);
  });

  it("is bound to its email: another address cannot take it", async () => {
    await invitePerson(await staffFor("admin@acme.test"), clientTeam(await clientIdOf("Bright Dental")), {
      email: "bound@example.test",
      role: "admin",
    });
    const { token } = await lastMailTo("bound@example.test");
    expect(await accept(token, "attacker@example.test", testHosts().acme)).toMatchObject({
      ok: false,
      state: "wrong_email",
    });
    expect(await usersWithEmail("attacker@example.test")).toHaveLength(0);
    expect(await usersWithEmail("bound@example.test")).toHaveLength(0);
    expect(await viewInvitation(token, testHosts().acme)).toMatchObject({ state: "valid" });
  });

  it("is only valid on its own agency's portal: another agency's host, or the console, sees an invalid link", async () => {
    await invitePerson(await staffFor("admin@acme.test"), clientTeam(await clientIdOf("Bright Dental")), {
      email: "hosted@example.test",
      role: "admin",
    });
    const { token } = await lastMailTo("hosted@example.test");
    expect(await viewInvitation(token, testHosts().globex)).toEqual({ state: "invalid" });
    expect(await accept(token, "hosted@example.test", testHosts().globex)).toMatchObject({
      ok: false,
      state: "invalid",
    });
    expect(await accept(token, "hosted@example.test", testHosts().console)).toMatchObject({
      ok: false,
      state: "invalid",
    });
    expect(await usersWithEmail("hosted@example.test")).toHaveLength(0);
    expect(await usersWithEmail("hosted@example.test", "globex")).toHaveLength(0);
  });

  it("two concurrent accepts give exactly one account", async () => {
    await invitePerson(await staffFor("admin@acme.test"), clientTeam(await clientIdOf("Bright Dental")), {
      email: "race@example.test",
      role: "analyst",
    });
    const { token } = await lastMailTo("race@example.test");
    const results = await Promise.all([
      accept(token, "race@example.test", testHosts().acme, "First"),
      accept(token, "race@example.test", testHosts().acme, "Second"),
      accept(token, "race@example.test", testHosts().acme, "Third"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await usersWithEmail("race@example.test")).toHaveLength(1);
    expect(await auditCount("invite_accepted")).toBeGreaterThanOrEqual(1);
  });

  it("resend replaces the link: the old one stops working, the new one works", async () => {
    const admin = await staffFor("admin@acme.test");
    const bright = await clientIdOf("Bright Dental");
    const inv = await invitePerson(admin, clientTeam(bright), { email: "resent@example.test", role: "analyst" });
    const { token: oldToken } = await lastMailTo("resent@example.test");
    const resent = await resendInvitation(admin, clientTeam(bright), inv.id);
    expect(resent.status).toBe("pending");
    const { token: newToken } = await lastMailTo("resent@example.test");
    expect(newToken).not.toBe(oldToken);
    expect(await viewInvitation(oldToken, testHosts().acme)).toEqual({ state: "invalid" });
    expect((await accept(newToken, "resent@example.test", testHosts().acme)).ok).toBe(true);
  });

  it("revoke kills the link and is audited once", async () => {
    const admin = await staffFor("admin@acme.test");
    const bright = await clientIdOf("Bright Dental");
    const inv = await invitePerson(admin, clientTeam(bright), { email: "revoked@example.test", role: "analyst" });
    const { token } = await lastMailTo("revoked@example.test");
    expect((await revokeInvitation(admin, clientTeam(bright), inv.id)).status).toBe("revoked");
    expect((await revokeInvitation(admin, clientTeam(bright), inv.id)).status).toBe("revoked");
    expect(await auditCount("invite_revoked", inv.id)).toBe(1);
    expect(await accept(token, "revoked@example.test", testHosts().acme)).toMatchObject({
      ok: false,
      state: "revoked",
    });
    expect(await code(revokeInvitation(await staffFor("owner@globex.test"), clientTeam(bright), inv.id))).toBe(404);
  });

  it("tells someone who meanwhile got an account to sign in instead", async () => {
    const owner = await staffFor("owner@acme.test");
    const inv = await invitePerson(owner, clientTeam(await clientIdOf("Nova Realty")), {
      email: "dup@example.test",
      role: "admin",
    });
    const { token } = await lastMailTo("dup@example.test");
    // The invitation is revoked, someone else is invited as staff and accepts: the first link now meets an account.
    await revokeInvitation(owner, clientTeam(await clientIdOf("Nova Realty")), inv.id);
    await invitePerson(owner, STAFF_TEAM, { email: "dup@example.test", role: "member" });
    const staffLink = await lastMailTo("dup@example.test");
    expect(
      (
        await acceptInvitation(
          { token: staffLink.token, email: "dup@example.test", name: "Dup", password: PASSWORD },
          testHosts().console,
          TEST_META,
        )
      ).ok,
    ).toBe(true);
    await (await getDb()).update(invitations).set({ status: "pending" }).where(eq(invitations.id, inv.id));
    expect(await viewInvitation(token, testHosts().acme)).toMatchObject({ state: "has_account" });
    expect(await accept(token, "dup@example.test", testHosts().acme)).toMatchObject({
      ok: false,
      state: "has_account",
    });
  });

  it("refuses weak passwords without spending the link", async () => {
    await invitePerson(await staffFor("admin@acme.test"), clientTeam(await clientIdOf("Bright Dental")), {
      email: "weak@example.test",
      role: "analyst",
    });
    const { token } = await lastMailTo("weak@example.test");
    const weak = await acceptInvitation(
      { token, email: "weak@example.test", name: "W", password: "password1234" },
      testHosts().acme,
      TEST_META,
    );
    expect(weak).toMatchObject({ ok: false, message: expect.stringMatching(/too common/) });
    expect(await viewInvitation(token, testHosts().acme)).toMatchObject({ state: "valid" });
  });
});
