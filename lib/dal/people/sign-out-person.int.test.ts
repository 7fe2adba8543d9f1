import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { actorFor, clientUserFor, staffFor, TEST_META } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { auditRows, clientIdOf, userIdOf, usersWithEmail } from "@/db/testing/lookups";
import { loadActor } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors";
import { signOutPerson } from "./sign-out-person";
import { STAFF_TEAM, clientTeam } from "./team";

const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.status : e),
  );
const versionOf = async (email: string) => (await usersWithEmail(email))[0].sessionVersion;

/** A signed-in session of a seeded user, and whether its next request is still let in. */
async function session(email: string) {
  const actor = await actorFor(email);
  const host = actor.kind === "agency" ? testHosts().console : testHosts().acme;
  return async () => (await loadActor(await getDb(), actor.sessionId!, host, TEST_META)).ok;
}

describe("signing a staff member out everywhere", () => {
  it("ends every session of the colleague on its next request, audited once as a staff event", async () => {
    const stillIn = await session("member@acme.test");
    const member = await userIdOf("member@acme.test");
    const before = (await auditRows("sessions_revoked")).length;
    expect(await signOutPerson(await staffFor("admin@acme.test"), STAFF_TEAM, member)).toEqual({ ok: true });
    expect(await stillIn()).toBe(false);
    const events = await auditRows("sessions_revoked");
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      targetId: member,
      clientId: null,
      details: { email: "member@acme.test", staff: true },
    });
    // The colleague signs in again and is let in: the account is untouched.
    expect(await (await session("member@acme.test"))()).toBe(true);
  });

  it("follows the hierarchy and the tenant: each refusal ends no session and writes nothing", async () => {
    const ownerIn = await session("owner@acme.test");
    const owner = await userIdOf("owner@acme.test");
    const member = await userIdOf("member@acme.test");
    const versions = [await versionOf("owner@acme.test"), await versionOf("member@acme.test")];
    const before = (await auditRows("sessions_revoked")).length;
    expect(await code(signOutPerson(await staffFor("admin@acme.test"), STAFF_TEAM, owner))).toBe(403);
    expect(await code(signOutPerson(await staffFor("manager@acme.test"), STAFF_TEAM, member))).toBe(403);
    expect(await code(signOutPerson(await staffFor("owner@globex.test"), STAFF_TEAM, member))).toBe(404);
    expect(await code(signOutPerson(await clientUserFor("admin@brightdental.test"), STAFF_TEAM, member))).toBe(404);
    // A client user is no staff member, and a colleague is no user of a client.
    const owner2 = await staffFor("owner@acme.test");
    expect(await code(signOutPerson(owner2, STAFF_TEAM, await userIdOf("admin@brightdental.test")))).toBe(404);
    expect(await code(signOutPerson(owner2, clientTeam(await clientIdOf("Bright Dental")), member))).toBe(404);
    expect(await code(signOutPerson(owner2, STAFF_TEAM, "not-a-uuid"))).toBe(404);
    expect(await ownerIn()).toBe(true);
    expect([await versionOf("owner@acme.test"), await versionOf("member@acme.test")]).toEqual(versions);
    expect(await auditRows("sessions_revoked")).toHaveLength(before);
  });
});

describe("signing a client user out everywhere", () => {
  it("is the client's event, by its own admin or by staff who may edit the client", async () => {
    const bright = await clientIdOf("Bright Dental");
    const analyst = await userIdOf("analyst@brightdental.test");
    const stillIn = await session("analyst@brightdental.test");
    expect(await signOutPerson(await clientUserFor("admin@brightdental.test"), clientTeam(bright), analyst)).toEqual({
      ok: true,
    });
    expect(await stillIn()).toBe(false);
    expect((await auditRows("sessions_revoked")).at(-1)).toMatchObject({
      targetId: analyst,
      clientId: bright,
      details: { email: "analyst@brightdental.test" },
    });
    expect((await auditRows("sessions_revoked")).at(-1)?.details).not.toHaveProperty("staff");
    expect(
      await code(signOutPerson(await clientUserFor("supervisor@brightdental.test"), clientTeam(bright), analyst)),
    ).toBe(403);
    expect(await code(signOutPerson(await staffFor("member@acme.test"), clientTeam(bright), analyst))).toBe(404);
  });
});
