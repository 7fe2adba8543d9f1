import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { staffFor, TEST_META } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { clientIdOf } from "@/db/testing/lookups";
import { lastMailTo } from "@/db/testing/mail-for";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { viewPasswordReset } from "@/lib/auth/reset-password";
import { AppError } from "@/lib/errors";
import { getOutboxMail } from "./get-outbox-mail";
import { listOutbox } from "./list-outbox";
import { invitePerson } from "@/lib/dal/people/invite-person";
import { STAFF_TEAM, clientTeam } from "@/lib/dal/people/team";

// Issue 18 item 2: with no SMTP_URL the outbox used to hand an admin the owner's reset link.
// Every answer of the outbox verbs — list and detail, text, html, subject — is searched for the
// token the recipient got, and for any token at all.
const TOKEN = /[A-Za-z0-9_-]{43}/;
const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.status : e),
  );

/** The newest outbox email to an address as this viewer's verbs answer it, with its list row. */
async function outboxAs(viewerEmail: string, to: string) {
  const viewer = await staffFor(viewerEmail);
  const { items } = await listOutbox(viewer, { limit: 100 });
  const row = items.find((m) => m.to === to);
  if (!row) throw new Error(`No outbox row to ${to} for ${viewerEmail}`);
  return { row, mail: await getOutboxMail(viewer, row.id), list: JSON.stringify(items) };
}

describe("the development outbox never shows a secret to someone it does not belong to", () => {
  it("an admin reads the owner's reset email without its link; the owner sees the working link", async () => {
    await (
      await requestPasswordReset("owner@acme.test", testHosts().console, TEST_META)
    ).delivered;
    const { token } = await lastMailTo("owner@acme.test");
    expect(await viewPasswordReset(token, testHosts().console)).toMatchObject({ state: "valid" });

    const asAdmin = await outboxAs("admin@acme.test", "owner@acme.test");
    const seen = JSON.stringify(asAdmin.mail) + asAdmin.list;
    expect(seen).not.toContain(token);
    expect(seen).not.toMatch(TOKEN);
    expect(asAdmin.mail.text).toContain("/reset-password?token=hidden");
    expect(asAdmin.mail.html).toContain("/reset-password?token=hidden");
    expect(asAdmin.mail.link).toEqual({
      state: "hidden",
      reason: expect.stringContaining("Only the recipient can open this link"),
    });
    expect(asAdmin.row.link.state).toBe("hidden");

    const asOwner = await outboxAs("owner@acme.test", "owner@acme.test");
    expect(asOwner.mail.link).toEqual({ state: "visible" });
    expect(asOwner.mail.text).toContain(`/reset-password?token=${token}`);
    expect(asOwner.mail.html).toContain(`/reset-password?token=${token}`);
    expect(asOwner.list).not.toContain(token);
  });

  it("nobody in the console sees a client user's reset link, not even the owner", async () => {
    await (
      await requestPasswordReset("admin@brightdental.test", testHosts().acme, TEST_META)
    ).delivered;
    const { token } = await lastMailTo("admin@brightdental.test");
    for (const viewer of ["owner@acme.test", "admin@acme.test"]) {
      const { mail, list } = await outboxAs(viewer, "admin@brightdental.test");
      expect(JSON.stringify(mail) + list).not.toContain(token);
      expect(JSON.stringify(mail) + list).not.toMatch(TOKEN);
      expect(mail.link.state).toBe("hidden");
    }
  });

  it("an invitation to a role above the viewer's is hidden; one the viewer could have sent is shown", async () => {
    const owner = await staffFor("owner@acme.test");
    await invitePerson(owner, STAFF_TEAM, { email: "second.admin@example.test", role: "admin", clientIds: [] });
    await invitePerson(owner, STAFF_TEAM, { email: "co.owner@example.test", role: "owner", clientIds: [] });
    await invitePerson(owner, STAFF_TEAM, { email: "new.member@example.test", role: "member", clientIds: [] });
    for (const to of ["second.admin@example.test", "co.owner@example.test"]) {
      const { token } = await lastMailTo(to);
      const asAdmin = await outboxAs("admin@acme.test", to);
      expect(JSON.stringify(asAdmin.mail) + asAdmin.list).not.toContain(token);
      expect(JSON.stringify(asAdmin.mail)).not.toMatch(TOKEN);
      expect(asAdmin.mail.link).toEqual({ state: "hidden", reason: expect.stringContaining("grant this role") });
      expect((await outboxAs("owner@acme.test", to)).mail.text).toContain(`/accept-invite?token=${token}`);
    }
    const member = await lastMailTo("new.member@example.test");
    const asAdmin = await outboxAs("admin@acme.test", "new.member@example.test");
    expect(asAdmin.mail.link).toEqual({ state: "visible" });
    expect(asAdmin.mail.text).toContain(`/accept-invite?token=${member.token}`);
  });

  it("client invitations are shown to staff who may invite into that client", async () => {
    const admin = await staffFor("admin@acme.test");
    await invitePerson(admin, clientTeam(await clientIdOf("Summit Legal")), {
      email: "paralegal@example.test",
      role: "admin",
    });
    const { token } = await lastMailTo("paralegal@example.test");
    const asAdmin = await outboxAs("admin@acme.test", "paralegal@example.test");
    expect(asAdmin.mail.link).toEqual({ state: "visible" });
    expect(asAdmin.mail.html).toContain(`/accept-invite?token=${token}`);
  });

  it("the stored row holds no token: the secret is sealed beside a placeholder", async () => {
    await (
      await requestPasswordReset("admin@acme.test", testHosts().console, TEST_META)
    ).delivered;
    const { id, token } = await lastMailTo("admin@acme.test");
    const [row] = await (await getDb()).select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row.text + row.html + row.subject + (row.secret ?? "")).not.toContain(token);
    expect(row.secretAudience).toMatchObject({ kind: "recipient" });
  });

  it("only owners and admins read the outbox; another agency's email is not found", async () => {
    const manager = await staffFor("manager@acme.test");
    expect(await code(listOutbox(manager))).toBe(403);
    const { row } = await outboxAs("owner@acme.test", "owner@acme.test");
    expect(await code(getOutboxMail(manager, row.id))).toBe(403);
    expect(await code(getOutboxMail(await staffFor("owner@globex.test"), row.id))).toBe(404);
    expect(await code(getOutboxMail(await staffFor("owner@acme.test"), "not-a-uuid"))).toBe(404);
  });
});
