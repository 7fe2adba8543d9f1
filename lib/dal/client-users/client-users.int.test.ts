import { describe, expect, it } from "vitest";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { agentIdsOf, clientIdOf, userIdOf, usersWithEmail } from "@/db/testing/lookups";
import { auditCount } from "@/db/testing/mail-for";
import { AppError } from "@/lib/errors";
import { listClientUsers } from "./list-client-users";
import { removeClientUser } from "./remove-client-user";
import { updateClientUser } from "./update-client-user";

const code = async (p: Promise<unknown>) => p.then(() => "ok", (e) => (e instanceof AppError ? e.status : e));

describe("client users", () => {
  it("lists a client's users in the §9 shape, for staff who see it and the client's own admin", async () => {
    const bright = await clientIdOf("Bright Dental");
    // member@acme is assigned Summit Legal only: Bright Dental does not exist for it.
    expect(await code(listClientUsers(await staffFor("member@acme.test"), bright))).toBe(404);
    expect((await listClientUsers(await staffFor("member@acme.test"), await clientIdOf("Summit Legal"))).items).toHaveLength(1);
    const byAdmin = await listClientUsers(await staffFor("admin@acme.test"), bright);
    expect(byAdmin.items.map((u) => u.email)).toEqual(["admin@brightdental.test", "agent@brightdental.test", "analyst@brightdental.test", "supervisor@brightdental.test"]);
    const agent = byAdmin.items.find((u) => u.email === "agent@brightdental.test")!;
    expect(agent).toMatchObject({ role: "agent", status: "active" });
    expect(Object.keys(agent)).toEqual(expect.arrayContaining(["id", "email", "name", "role", "status", "agentIds"]));
    expect(agent.agentIds.length).toBe(1);
    expect(await agentIdsOf("Bright Dental")).toContain(agent.agentIds[0]);
    expect((await listClientUsers(await clientUserFor("admin@brightdental.test"), bright)).items).toHaveLength(4);
    expect(await code(listClientUsers(await clientUserFor("supervisor@brightdental.test"), bright))).toBe(403);
    expect(await code(listClientUsers(await clientUserFor("admin@summitlegal.test"), bright))).toBe(404);
    expect(await code(listClientUsers(await staffFor("owner@globex.test"), bright))).toBe(404);
  });

  it("changes role and assignments with one role_change audit carrying before/after", async () => {
    const bright = await clientIdOf("Bright Dental");
    const agents = await agentIdsOf("Bright Dental");
    const analyst = await userIdOf("analyst@brightdental.test");
    const updated = await updateClientUser(await staffFor("manager@acme.test"), bright, analyst, { role: "supervisor", agentIds: agents.slice(0, 2) });
    expect(updated).toMatchObject({ role: "supervisor", agentIds: agents.slice(0, 2).sort() });
    expect(await auditCount("role_change", analyst)).toBe(1);
    await updateClientUser(await staffFor("manager@acme.test"), bright, analyst, { role: "analyst", agentIds: [] });
  });

  it("denies without writing: member 403, other tenant 404, supervisor 403, own role 403, foreign agent 422", async () => {
    const bright = await clientIdOf("Bright Dental");
    const summit = await clientIdOf("Summit Legal");
    const analyst = await userIdOf("analyst@brightdental.test");
    const before = await auditCount("role_change");
    expect(await code(updateClientUser(await staffFor("member@acme.test"), summit, await userIdOf("admin@summitlegal.test"), { role: "analyst" }))).toBe(403);
    expect(await code(updateClientUser(await staffFor("owner@globex.test"), bright, analyst, { role: "admin" }))).toBe(404);
    expect(await code(updateClientUser(await clientUserFor("supervisor@brightdental.test"), bright, analyst, { role: "admin" }))).toBe(403);
    const clientAdmin = await clientUserFor("admin@brightdental.test");
    expect(await code(updateClientUser(clientAdmin, bright, clientAdmin.userId, { role: "analyst" }))).toBe(403);
    expect(await code(updateClientUser(clientAdmin, bright, await userIdOf("admin@summitlegal.test"), { role: "analyst" }))).toBe(404);
    const [summitAgent] = await agentIdsOf("Summit Legal");
    expect(await code(updateClientUser(clientAdmin, bright, analyst, { agentIds: [summitAgent] }))).toBe(422);
    expect(await code(updateClientUser(clientAdmin, bright, analyst, {}))).toBe(422);
    expect(await auditCount("role_change")).toBe(before);
    expect((await usersWithEmail("analyst@brightdental.test"))[0].role).toBe("analyst");
  });

  it("the client's admin manages its own team; removal is audited once and the user disappears from the list", async () => {
    const bright = await clientIdOf("Bright Dental");
    const clientAdmin = await clientUserFor("admin@brightdental.test");
    const supervisor = await userIdOf("supervisor@brightdental.test");
    expect(await code(updateClientUser(clientAdmin, bright, supervisor, { role: "analyst" }))).toBe("ok");
    const removed = await removeClientUser(clientAdmin, bright, supervisor);
    expect(removed.status).toBe("removed");
    expect(await auditCount("user_removed", supervisor)).toBe(1);
    expect((await listClientUsers(clientAdmin, bright)).items.map((u) => u.email)).not.toContain("supervisor@brightdental.test");
    expect(await code(removeClientUser(clientAdmin, bright, supervisor))).toBe(404);
    expect(await code(removeClientUser(clientAdmin, bright, clientAdmin.userId))).toBe(403);
  });
});
