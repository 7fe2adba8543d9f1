import { describe, expect, it } from "vitest";
import { staffFor, clientUserFor } from "@/db/testing/actor-for";
import { auditRows, clientIdOf, clientRow } from "@/db/testing/lookups";
import { getClientPermissions } from "./get-client-permissions";
import { updateClientPermissions } from "./update-client-permissions";

const ACTION = "client_permissions_change";

describe("getClientPermissions", () => {
  it("gives the toggles, which are overridden, the version and the agency defaults", async () => {
    const admin = await staffFor("admin@acme.test");
    const nova = await getClientPermissions(admin, await clientIdOf("Nova Realty"));
    expect(nova.permissions).toMatchObject({
      view_calls: true,
      view_analytics: true,
      view_agents: false,
      view_call_details: false,
    });
    expect(nova.overridden).toMatchObject({
      view_agents: true,
      view_call_details: true,
      view_calls: false,
      view_analytics: false,
    });
    expect(nova.defaults.view_agents).toBe(true);
    expect(nova.canEdit).toBe(true);
  });

  it("another agency's client, and a client outside a member's assignments, are not found", async () => {
    await expect(
      getClientPermissions(await staffFor("owner@globex.test"), await clientIdOf("Bright Dental")),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      getClientPermissions(await staffFor("member@acme.test"), await clientIdOf("Bright Dental")),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(getClientPermissions(await staffFor("admin@acme.test"), "not-a-uuid")).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("a client user reaching the staff verb is told nothing exists", async () => {
    await expect(
      getClientPermissions(await clientUserFor("admin@brightdental.test"), await clientIdOf("Bright Dental")),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("a member sees an assigned client read-only", async () => {
    const dto = await getClientPermissions(await staffFor("member@acme.test"), await clientIdOf("Summit Legal"));
    expect(dto.canEdit).toBe(false);
  });
});

describe("updateClientPermissions", () => {
  it("switches a toggle off, marks it overridden, bumps the version and writes one audit row with before/after", async () => {
    const admin = await staffFor("admin@acme.test");
    const id = await clientIdOf("Bright Dental");
    const { version } = await getClientPermissions(admin, id);
    const before = (await auditRows(ACTION)).length;
    const result = await updateClientPermissions(admin, id, { version, view_call_details: false });
    expect(result.permissions.view_call_details).toBe(false);
    expect(result.overridden.view_call_details).toBe(true);
    expect(result.version).toBe(version + 1);
    const rows = await auditRows(ACTION);
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)!.details).toMatchObject({
      before: { view_call_details: true },
      after: { view_call_details: false },
    });
    expect(rows.at(-1)!.clientId).toBe(id);
    expect(rows.at(-1)!.actorEmail).toBe("admin@acme.test");
  });

  it("a stale version gets 409 and changes nothing", async () => {
    const admin = await staffFor("admin@acme.test");
    const id = await clientIdOf("Bright Dental");
    const { version } = await getClientPermissions(admin, id);
    await updateClientPermissions(admin, id, { version, manage_billing: true });
    const before = (await auditRows(ACTION)).length;
    await expect(updateClientPermissions(admin, id, { version, view_analytics: false })).rejects.toMatchObject({
      code: "conflict",
      status: 409,
    });
    expect((await clientRow(id)).permissions.view_analytics.enabled).toBe(true);
    expect((await auditRows(ACTION)).length).toBe(before);
  });

  it("a set that breaks a dependency is refused with 422 naming the rule", async () => {
    const admin = await staffFor("admin@acme.test");
    const id = await clientIdOf("Nova Realty");
    const { version } = await getClientPermissions(admin, id);
    const attempt = updateClientPermissions(admin, id, { version, edit_agents: true });
    await expect(attempt).rejects.toMatchObject({ code: "validation_failed", status: 422 });
    await expect(attempt).rejects.toThrow("edit_agents requires view_agents");
    expect((await clientRow(id)).permissionsVersion).toBe(version);
    // Summit Legal has everything on: switching off only the prerequisite breaks the rule too.
    const summit = await clientIdOf("Summit Legal");
    const current = await getClientPermissions(admin, summit);
    await expect(
      updateClientPermissions(admin, summit, { version: current.version, view_calls: false }),
    ).rejects.toThrow("view_call_details requires view_calls");
  });

  it.each([
    ["an unknown key", { view_everything: true }],
    ["a non-boolean", { view_calls: "yes" }],
    ["a missing version", {}],
  ])("%s is 422 and nothing is stored", async (_, body) => {
    const admin = await staffFor("admin@acme.test");
    const id = await clientIdOf("Harbor Plumbing");
    const { version } = await getClientPermissions(admin, id);
    const before = (await auditRows(ACTION)).length;
    const payload = "view_everything" in body || "view_calls" in body ? { version, ...body } : body;
    await expect(updateClientPermissions(admin, id, payload)).rejects.toMatchObject({ code: "validation_failed" });
    expect((await clientRow(id)).permissionsVersion).toBe(version);
    expect((await auditRows(ACTION)).length).toBe(before);
  });

  it("reset puts a toggle back to the current agency default and clears its override", async () => {
    const admin = await staffFor("admin@acme.test");
    const id = await clientIdOf("Nova Realty");
    const { version } = await getClientPermissions(admin, id);
    const result = await updateClientPermissions(admin, id, { version, reset: ["view_agents"] });
    expect(result.permissions.view_agents).toBe(true);
    expect(result.overridden.view_agents).toBe(false);
  });

  it("saving what is already there writes nothing", async () => {
    const admin = await staffFor("admin@acme.test");
    const id = await clientIdOf("Summit Legal");
    const { version } = await getClientPermissions(admin, id);
    const before = (await auditRows(ACTION)).length;
    expect((await updateClientPermissions(admin, id, { version, view_calls: true })).version).toBe(version);
    expect((await auditRows(ACTION)).length).toBe(before);
  });

  it("a member may not edit an assigned client (403); a manager edits only assigned clients (404 elsewhere)", async () => {
    const member = await staffFor("member@acme.test");
    const summit = await clientIdOf("Summit Legal");
    await expect(updateClientPermissions(member, summit, { version: 1, view_calls: false })).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
    });
    const manager = await staffFor("manager@acme.test");
    await expect(updateClientPermissions(manager, summit, { version: 1, view_calls: false })).rejects.toMatchObject({
      code: "not_found",
      status: 404,
    });
    const bright = await clientIdOf("Bright Dental");
    const { version } = await getClientPermissions(manager, bright);
    expect(
      (await updateClientPermissions(manager, bright, { version, view_analytics: false })).permissions.view_analytics,
    ).toBe(false);
  });

  it("another agency's owner cannot touch Acme's client: 404", async () => {
    const globex = await staffFor("owner@globex.test");
    await expect(
      updateClientPermissions(globex, await clientIdOf("Bright Dental"), { version: 1, view_calls: false }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
