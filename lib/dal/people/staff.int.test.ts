import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { staffFor, TEST_META } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { clientIdOf, userIdOf, usersWithEmail } from "@/db/testing/lookups";
import { auditCount, lastMailTo } from "@/db/testing/mail-for";
import { acceptInvitation } from "@/lib/auth/accept-invitation";
import { AppError } from "@/lib/errors";
import { invitePerson } from "@/lib/dal/people/invite-person";
import { listAssignableClients } from "@/lib/dal/people/list-assignable-clients";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { listPeople } from "@/lib/dal/people/list-people";
import { removePerson } from "@/lib/dal/people/remove-person";
import { revokeInvitation } from "@/lib/dal/people/revoke-invitation";
import { transferOwnership } from "@/lib/dal/people/transfer-ownership";
import { updatePerson } from "@/lib/dal/people/update-person";
import { STAFF_TEAM } from "@/lib/dal/people/team";

const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.status : e),
  );
const roleOf = async (email: string) => (await usersWithEmail(email))[0]?.role;
const snapshot = async () =>
  (await (await getDb()).select({ id: users.id, role: users.role, status: users.status }).from(users)).sort((a, b) =>
    a.id.localeCompare(b.id),
  );

describe("staff list", () => {
  it("shows every colleague in the §9 shape, to every staff role, and nothing to a client user", async () => {
    const list = await listPeople(await staffFor("member@acme.test"), STAFF_TEAM);
    const manager = list.items.find((s) => s.email === "manager@acme.test");
    // The member is assigned Summit Legal only: the manager's Bright Dental is counted, not named (SPEC §4).
    expect(manager).toMatchObject({ role: "manager", name: "Priya Shah", clientIds: [], hiddenClientCount: 1 });
    expect(Object.keys(manager!)).toEqual(expect.arrayContaining(["id", "email", "name", "role", "clientIds"]));
    const asOwner = (await listPeople(await staffFor("owner@acme.test"), STAFF_TEAM)).items.find(
      (s) => s.email === "manager@acme.test",
    );
    expect(asOwner).toMatchObject({ clientIds: [await clientIdOf("Bright Dental")], hiddenClientCount: 0 });
    expect((await listAssignableClients(await staffFor("member@acme.test"))).map((c) => c.name)).toEqual([
      "Summit Legal",
    ]);
    expect((await listAssignableClients(await staffFor("admin@acme.test"))).length).toBeGreaterThan(1);
    expect(list.items.map((s) => s.email)).not.toContain("owner@globex.test");
    expect(JSON.stringify(list)).not.toMatch(/passwordHash|\$argon2/);
    const page = await listPeople(await staffFor("owner@acme.test"), STAFF_TEAM, { limit: 2 });
    const next = await listPeople(await staffFor("owner@acme.test"), STAFF_TEAM, {
      limit: 2,
      cursor: page.nextCursor!,
    });
    expect([...page.items, ...next.items].map((s) => s.email)).toEqual(list.items.map((s) => s.email));
  });
});

describe("staff hierarchy (SPEC §4): each violation is 403 and changes nothing", () => {
  it("an admin cannot invite an owner or an admin; cannot change or remove them", async () => {
    const admin = await staffFor("admin@acme.test");
    const owner = await userIdOf("owner@acme.test");
    const before = await snapshot();
    const audits = await auditCount("role_change");
    expect(await code(invitePerson(admin, STAFF_TEAM, { email: "new-admin@example.test", role: "admin" }))).toBe(403);
    expect(await code(invitePerson(admin, STAFF_TEAM, { email: "new-owner@example.test", role: "owner" }))).toBe(403);
    expect(await code(updatePerson(admin, STAFF_TEAM, owner, { role: "member" }))).toBe(403);
    expect(await code(removePerson(admin, STAFF_TEAM, owner))).toBe(403);
    expect(await code(updatePerson(admin, STAFF_TEAM, admin.userId, { role: "owner" }))).toBe(403);
    expect(await code(updatePerson(admin, STAFF_TEAM, await userIdOf("manager@acme.test"), { role: "admin" }))).toBe(
      403,
    );
    expect(await code(transferOwnership(admin, { userId: admin.userId }))).toBe(403);
    expect(await snapshot()).toEqual(before);
    expect(await auditCount("role_change")).toBe(audits);
    expect((await listInvitations(admin, STAFF_TEAM)).items.map((i) => i.email)).not.toContain(
      "new-admin@example.test",
    );
  });

  it("managers and members cannot manage staff at all; a client user is told nothing exists", async () => {
    const target = await userIdOf("member@acme.test");
    expect(await code(updatePerson(await staffFor("manager@acme.test"), STAFF_TEAM, target, { role: "manager" }))).toBe(
      403,
    );
    expect(
      await code(
        invitePerson(await staffFor("member@acme.test"), STAFF_TEAM, { email: "m@example.test", role: "member" }),
      ),
    ).toBe(403);
    expect(await code(listInvitations(await staffFor("manager@acme.test"), STAFF_TEAM))).toBe(403);
    const { clientUserFor } = await import("@/db/testing/actor-for");
    expect(await code(listPeople(await clientUserFor("admin@brightdental.test"), STAFF_TEAM))).toBe(404);
    expect(await code(updatePerson(await staffFor("owner@globex.test"), STAFF_TEAM, target, { role: "manager" }))).toBe(
      404,
    );
    expect(await roleOf("member@acme.test")).toBe("member");
  });

  it("an admin may promote a member to manager and assign clients, audited with before/after", async () => {
    const admin = await staffFor("admin@acme.test");
    const member = await userIdOf("member@acme.test");
    const summit = await clientIdOf("Summit Legal");
    const nova = await clientIdOf("Nova Realty");
    const updated = await updatePerson(admin, STAFF_TEAM, member, { role: "manager", clientIds: [summit, nova] });
    expect(updated).toMatchObject({ role: "manager", clientIds: [summit, nova].sort() });
    expect(await auditCount("role_change", member)).toBe(1);
    expect(
      await code(updatePerson(admin, STAFF_TEAM, member, { clientIds: [await clientIdOf("Globex Dental")] })),
    ).toBe(422);
    await updatePerson(admin, STAFF_TEAM, member, { role: "member", clientIds: [summit] });
  });
});

describe("owners", () => {
  it("the last owner can be neither demoted nor removed (409)", async () => {
    const owner = await staffFor("owner@acme.test");
    expect(await code(updatePerson(owner, STAFF_TEAM, owner.userId, { role: "admin" }))).toBe(409);
    expect(await code(removePerson(owner, STAFF_TEAM, owner.userId))).toBe(409);
    expect(await roleOf("owner@acme.test")).toBe("owner");
  });

  it("an owner may invite another owner; with two owners one can step down", async () => {
    const owner = await staffFor("owner@acme.test");
    const inv = await invitePerson(owner, STAFF_TEAM, { email: "co-owner@example.test", role: "owner" });
    expect(inv).toMatchObject({ role: "owner", status: "pending", clientIds: [] });
    const mail = await lastMailTo("co-owner@example.test");
    expect(mail.text).toContain(`http://${testHosts().console}/accept-invite?token=`);
    expect(mail.subject).toContain("Acme Voice");
    expect(
      (
        await acceptInvitation(
          { token: mail.token, email: "co-owner@example.test", name: "Co Owner", password: "second-owner-keys-42" },
          testHosts().console,
          TEST_META,
        )
      ).ok,
    ).toBe(true);
    const coOwner = await userIdOf("co-owner@example.test");
    expect(await code(updatePerson(owner, STAFF_TEAM, coOwner, { role: "admin" }))).toBe("ok");
    expect(await code(updatePerson(owner, STAFF_TEAM, coOwner, { role: "owner" }))).toBe("ok");
    expect(await code(removePerson(owner, STAFF_TEAM, coOwner))).toBe("ok");
    expect(await usersWithEmail("co-owner@example.test")).toHaveLength(0);
    expect(await auditCount("user_removed", coOwner)).toBe(1);
  });

  it("a staff invitation is not accepted on a portal host", async () => {
    const owner = await staffFor("owner@acme.test");
    await invitePerson(owner, STAFF_TEAM, {
      email: "console-only@example.test",
      role: "member",
      clientIds: [await clientIdOf("Summit Legal")],
    });
    const { token } = await lastMailTo("console-only@example.test");
    const args = { token, email: "console-only@example.test", name: "C", password: "console-only-pass-9" };
    expect(await acceptInvitation(args, testHosts().acme, TEST_META)).toMatchObject({ ok: false, state: "invalid" });
    expect((await acceptInvitation(args, testHosts().console, TEST_META)).ok).toBe(true);
    const staff = (await listPeople(owner, STAFF_TEAM)).items.find((s) => s.email === "console-only@example.test");
    expect(staff).toMatchObject({ role: "member", clientIds: [await clientIdOf("Summit Legal")] });
  });

  it("an admin cannot revoke an invitation that grants admin", async () => {
    const owner = await staffFor("owner@acme.test");
    const inv = await invitePerson(owner, STAFF_TEAM, { email: "future-admin@example.test", role: "admin" });
    expect(await code(revokeInvitation(await staffFor("admin@acme.test"), STAFF_TEAM, inv.id))).toBe(403);
    expect((await revokeInvitation(owner, STAFF_TEAM, inv.id)).status).toBe("revoked");
  });

  it("transfer ownership makes the colleague owner and the owner admin, audited as two role changes", async () => {
    const owner = await staffFor("owner@acme.test");
    const admin = await userIdOf("admin@acme.test");
    const result = await transferOwnership(owner, { userId: admin });
    expect(result.newOwner.role).toBe("owner");
    expect(result.previousOwner.role).toBe("admin");
    expect(await roleOf("admin@acme.test")).toBe("owner");
    expect(await roleOf("owner@acme.test")).toBe("admin");
    expect(await auditCount("role_change", admin)).toBeGreaterThanOrEqual(1);
    // The former owner is now an admin: it cannot transfer again, nor touch the new owner.
    const formerOwner = await staffFor("owner@acme.test");
    expect(await code(transferOwnership(formerOwner, { userId: formerOwner.userId }))).toBe(403);
    expect(await code(removePerson(formerOwner, STAFF_TEAM, admin))).toBe(403);
    // Put things back for readability of later assertions.
    await transferOwnership(await staffFor("admin@acme.test"), { userId: formerOwner.userId });
    await (await getDb()).update(users).set({ role: "admin" }).where(eq(users.id, admin));
  });
});
