import { describe, expect, it } from "vitest";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { agentIdsOf, clientIdOf, userIdOf, usersWithEmail } from "@/db/testing/lookups";
import { auditCount } from "@/db/testing/mail-for";
import { AppError } from "@/lib/errors";
import { listPeople } from "@/lib/dal/people/list-people";
import { removePerson } from "@/lib/dal/people/remove-person";
import { updatePerson } from "@/lib/dal/people/update-person";
import { clientTeam } from "@/lib/dal/people/team";

const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.status : e),
  );

describe("client users", () => {
  it("lists a client's users in the §9 shape, for staff who see it and the client's own admin", async () => {
    const bright = await clientIdOf("Bright Dental");
    // member@acme is assigned Summit Legal only: Bright Dental does not exist for it.
    expect(await code(listPeople(await staffFor("member@acme.test"), clientTeam(bright)))).toBe(404);
    expect(
      (await listPeople(await staffFor("member@acme.test"), clientTeam(await clientIdOf("Summit Legal")))).items,
    ).toHaveLength(1);
    const byAdmin = await listPeople(await staffFor("admin@acme.test"), clientTeam(bright));
    expect(byAdmin.items.map((u) => u.email)).toEqual([
      "admin@brightdental.test",
      "agent@brightdental.test",
      "analyst@brightdental.test",
      "supervisor@brightdental.test",
    ]);
    const agent = byAdmin.items.find((u) => u.email === "agent@brightdental.test")!;
    expect(agent).toMatchObject({ role: "agent", status: "active" });
    expect(Object.keys(agent)).toEqual(expect.arrayContaining(["id", "email", "name", "role", "status", "agentIds"]));
    expect(agent.agentIds.length).toBe(1);
    expect(await agentIdsOf("Bright Dental")).toContain(agent.agentIds[0]);
    expect((await listPeople(await clientUserFor("admin@brightdental.test"), clientTeam(bright))).items).toHaveLength(
      4,
    );
    expect(await code(listPeople(await clientUserFor("supervisor@brightdental.test"), clientTeam(bright)))).toBe(403);
    expect(await code(listPeople(await clientUserFor("admin@summitlegal.test"), clientTeam(bright)))).toBe(404);
    expect(await code(listPeople(await staffFor("owner@globex.test"), clientTeam(bright)))).toBe(404);
  });

  it("changes role and assignments with one role_change audit carrying before/after", async () => {
    const bright = await clientIdOf("Bright Dental");
    const agents = await agentIdsOf("Bright Dental");
    const analyst = await userIdOf("analyst@brightdental.test");
    const updated = await updatePerson(await staffFor("manager@acme.test"), clientTeam(bright), analyst, {
      role: "supervisor",
      agentIds: agents.slice(0, 2),
    });
    expect(updated).toMatchObject({ role: "supervisor", agentIds: agents.slice(0, 2).sort() });
    expect(await auditCount("role_change", analyst)).toBe(1);
    await updatePerson(await staffFor("manager@acme.test"), clientTeam(bright), analyst, {
      role: "analyst",
      agentIds: [],
    });
  });

  it("denies without writing: member 403, other tenant 404, supervisor 403, own role 403, foreign agent 422", async () => {
    const bright = await clientIdOf("Bright Dental");
    const summit = await clientIdOf("Summit Legal");
    const analyst = await userIdOf("analyst@brightdental.test");
    const before = await auditCount("role_change");
    expect(
      await code(
        updatePerson(await staffFor("member@acme.test"), clientTeam(summit), await userIdOf("admin@summitlegal.test"), {
          role: "analyst",
        }),
      ),
    ).toBe(403);
    expect(
      await code(updatePerson(await staffFor("owner@globex.test"), clientTeam(bright), analyst, { role: "admin" })),
    ).toBe(404);
    expect(
      await code(
        updatePerson(await clientUserFor("supervisor@brightdental.test"), clientTeam(bright), analyst, {
          role: "admin",
        }),
      ),
    ).toBe(403);
    const clientAdmin = await clientUserFor("admin@brightdental.test");
    expect(await code(updatePerson(clientAdmin, clientTeam(bright), clientAdmin.userId, { role: "analyst" }))).toBe(
      403,
    );
    expect(
      await code(
        updatePerson(clientAdmin, clientTeam(bright), await userIdOf("admin@summitlegal.test"), { role: "analyst" }),
      ),
    ).toBe(404);
    const [summitAgent] = await agentIdsOf("Summit Legal");
    expect(await code(updatePerson(clientAdmin, clientTeam(bright), analyst, { agentIds: [summitAgent] }))).toBe(422);
    expect(await code(updatePerson(clientAdmin, clientTeam(bright), analyst, {}))).toBe(422);
    expect(await auditCount("role_change")).toBe(before);
    expect((await usersWithEmail("analyst@brightdental.test"))[0].role).toBe("analyst");
  });

  it("the client's admin manages its own team; removal is audited once and the user disappears from the list", async () => {
    const bright = await clientIdOf("Bright Dental");
    const clientAdmin = await clientUserFor("admin@brightdental.test");
    const supervisor = await userIdOf("supervisor@brightdental.test");
    expect(await code(updatePerson(clientAdmin, clientTeam(bright), supervisor, { role: "analyst" }))).toBe("ok");
    const removed = await removePerson(clientAdmin, clientTeam(bright), supervisor);
    expect(removed.status).toBe("removed");
    expect(await auditCount("user_removed", supervisor)).toBe(1);
    expect((await listPeople(clientAdmin, clientTeam(bright))).items.map((u) => u.email)).not.toContain(
      "supervisor@brightdental.test",
    );
    expect(await code(removePerson(clientAdmin, clientTeam(bright), supervisor))).toBe(404);
    expect(await code(removePerson(clientAdmin, clientTeam(bright), clientAdmin.userId))).toBe(403);
  });
});
