import { describe, expect, it } from "vitest";
import { staffFor } from "@/db/testing/actor-for";
import { auditRows, clientIdOf, clientRow } from "@/db/testing/lookups";
import { presetPermissions } from "@/lib/authz/catalogue";
import { getClientDefaults } from "./get-client-defaults";
import { updateClientDefaults } from "./update-client-defaults";

const VIEW_ONLY = presetPermissions("view_only");

describe("client defaults", () => {
  it("every staff member reads them; only owners and admins may change them", async () => {
    const member = await getClientDefaults(await staffFor("member@acme.test"));
    expect(member).toMatchObject({ permissions: VIEW_ONLY, canEdit: false });
    expect((await getClientDefaults(await staffFor("admin@acme.test"))).canEdit).toBe(true);
  });

  it("a manager or member changing them gets 403 and nothing changes", async () => {
    for (const email of ["manager@acme.test", "member@acme.test"]) {
      await expect(
        updateClientDefaults(await staffFor(email), { permissions: presetPermissions("self_service") }),
      ).rejects.toMatchObject({ code: "forbidden", status: 403 });
    }
    expect((await getClientDefaults(await staffFor("owner@acme.test"))).permissions).toEqual(VIEW_ONLY);
  });

  it.each([
    ["an unknown key", { permissions: { ...VIEW_ONLY, view_everything: true } }],
    ["a non-boolean", { permissions: { ...VIEW_ONLY, manage_billing: "on" } }],
    ["a missing key", { permissions: { view_agents: true } }],
    ["a broken dependency", { permissions: { ...VIEW_ONLY, view_agents: false, edit_agents: true } }],
  ])("%s is 422 and nothing is stored", async (_, body) => {
    const admin = await staffFor("admin@acme.test");
    const before = (await auditRows("client_defaults_change")).length;
    await expect(updateClientDefaults(admin, body)).rejects.toMatchObject({ code: "validation_failed", status: 422 });
    expect((await auditRows("client_defaults_change")).length).toBe(before);
    expect((await getClientDefaults(admin)).permissions).toEqual(VIEW_ONLY);
  });

  it("the dependency refusal names the rule", async () => {
    await expect(
      updateClientDefaults(await staffFor("admin@acme.test"), {
        permissions: { ...VIEW_ONLY, view_integrations: false, manage_integrations: true },
      }),
    ).rejects.toThrow("manage_integrations requires view_integrations");
  });

  it("changing them bumps the version, writes one audit row with before/after, and leaves every existing client as it was", async () => {
    const admin = await staffFor("admin@acme.test");
    const bright = await clientIdOf("Bright Dental");
    const clientBefore = await clientRow(bright);
    const { version } = await getClientDefaults(admin);
    const before = (await auditRows("client_defaults_change")).length;
    const after = { ...VIEW_ONLY, manage_billing: true };
    const result = await updateClientDefaults(admin, { version, permissions: after });
    expect(result).toEqual({ permissions: after, version: version + 1, differingClientCount: 4 });
    const rows = await auditRows("client_defaults_change");
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)!.details).toEqual({ before: VIEW_ONLY, after, version: version + 1 });
    const clientAfter = await clientRow(bright);
    expect(clientAfter.permissions).toEqual(clientBefore.permissions);
    expect(clientAfter.permissionsVersion).toBe(clientBefore.permissionsVersion);
  });

  it("a stale version gets 409", async () => {
    const admin = await staffFor("admin@acme.test");
    await expect(updateClientDefaults(admin, { version: 1, permissions: VIEW_ONLY })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("another agency's defaults are its own", async () => {
    expect((await getClientDefaults(await staffFor("owner@globex.test"))).permissions).toEqual(VIEW_ONLY);
  });
});
