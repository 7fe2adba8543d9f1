import { describe, expect, it } from "vitest";
import { staffFor } from "@/db/testing/actor-for";
import { auditRows, clientIdOf, clientRow } from "@/db/testing/lookups";
import { presetPermissions } from "@/lib/authz/catalogue";
import { valuesOf } from "@/lib/authz/stored-permissions";
import { createClient } from "@/lib/dal/clients/create-client";
import { applyDefaultsToClients } from "./apply-defaults-to-clients";
import { getClientDefaults } from "./get-client-defaults";
import { previewDefaultsPropagation } from "./preview-defaults-propagation";
import { updateClientDefaults } from "./update-client-defaults";

const ACTION = "client_permissions_change";
// New Acme defaults for this file: view_only plus billing, minus analytics.
const NEW_DEFAULTS = { ...presetPermissions("view_only"), manage_billing: true, view_analytics: false };

async function changeDefaults() {
  const admin = await staffFor("admin@acme.test");
  const { version } = await getClientDefaults(admin);
  return updateClientDefaults(admin, { version, permissions: NEW_DEFAULTS });
}

describe("previewDefaultsPropagation and applyDefaultsToClients", () => {
  it("only owners and admins may preview or apply (403)", async () => {
    const manager = await staffFor("manager@acme.test");
    await expect(previewDefaultsPropagation(manager, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      applyDefaultsToClients(manager, { clientIds: [await clientIdOf("Bright Dental")] }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("previews, per client, the toggles that would change and the sections its users would gain or lose", async () => {
    await changeDefaults();
    const admin = await staffFor("admin@acme.test");
    const preview = await previewDefaultsPropagation(admin, {});
    expect(preview.clients.map((c) => c.name)).toEqual([
      "Bright Dental",
      "Harbor Plumbing",
      "Nova Realty",
      "Summit Legal",
    ]);
    const bright = preview.clients[0];
    expect(bright.changes).toEqual([
      { key: "view_analytics", from: true, to: false },
      { key: "manage_billing", from: false, to: true },
    ]);
    expect(bright).toMatchObject({ gained: ["Billing"], lost: ["Analytics"], keptOverrides: [] });
    // Harbor Plumbing was set up hands-off: billing still carried the old default (off), so it
    // follows; the toggles switched off for Harbor itself stay off.
    expect(preview.clients[1]).toMatchObject({
      changes: [{ key: "manage_billing", from: false, to: true }],
      gained: ["Billing"],
      lost: [],
    });
    expect(preview.clients[1].keptOverrides).toEqual(["view_agents", "view_calls", "view_call_details"]);
    const everything = await previewDefaultsPropagation(admin, { includeOverridden: true });
    expect(everything.clients[1].gained).toEqual(["Agents", "Calls", "Billing", "Access log"]);
  });

  it("applies exactly the non-overridden toggles of the chosen clients, one audit row each, in one go", async () => {
    const admin = await staffFor("admin@acme.test");
    const [bright, nova, summit, harbor] = await Promise.all(
      ["Bright Dental", "Nova Realty", "Summit Legal", "Harbor Plumbing"].map((n) => clientIdOf(n)),
    );
    const novaBefore = await clientRow(nova);
    const summitBefore = await clientRow(summit);
    const brightBefore = await clientRow(bright);
    const harborBefore = await clientRow(harbor);
    const before = (await auditRows(ACTION)).length;
    const { defaultsVersion } = await previewDefaultsPropagation(admin, {});

    // A client whose every difference is its own override: applying changes nothing.
    const own = await createClient(admin, { name: "Own Ways Ltd", preset: "hands_off" });
    const result = await applyDefaultsToClients(admin, {
      clientIds: [bright, nova, own.id],
      includeOverridden: false,
      defaultsVersion,
    });
    expect(result.changed.map((c) => c.name).sort()).toEqual(["Bright Dental", "Nova Realty"]);
    expect(result.unchangedCount).toBe(1);

    const brightAfter = await clientRow(bright);
    expect(valuesOf(brightAfter.permissions)).toEqual(NEW_DEFAULTS);
    expect(brightAfter.permissionsVersion).toBe(brightBefore.permissionsVersion + 1);
    // Nova: its inherited toggles move (billing on; analytics off), its overrides stay.
    const novaAfter = await clientRow(nova);
    expect(valuesOf(novaAfter.permissions)).toEqual({
      ...valuesOf(novaBefore.permissions),
      manage_billing: true,
      view_analytics: false,
    });
    expect(novaAfter.permissions.view_agents).toEqual(novaBefore.permissions.view_agents);
    // Harbor and Summit were not chosen: untouched.
    expect(await clientRow(harbor)).toEqual(harborBefore);
    expect(await clientRow(summit)).toEqual(summitBefore);

    const rows = (await auditRows(ACTION)).slice(before);
    expect(rows.map((r) => r.clientId).sort()).toEqual([bright, nova].sort());
    const brightEvent = rows.find((r) => r.clientId === bright)!;
    expect(brightEvent.details).toMatchObject({
      before: valuesOf(brightBefore.permissions),
      after: NEW_DEFAULTS,
      reason: "defaults_applied",
    });
  });

  it("with includeOverridden, overridden toggles follow the defaults too and lose their override", async () => {
    const admin = await staffFor("admin@acme.test");
    const harbor = await clientIdOf("Harbor Plumbing");
    const before = (await auditRows(ACTION)).length;
    await applyDefaultsToClients(admin, { clientIds: [harbor], includeOverridden: true });
    const after = await clientRow(harbor);
    expect(valuesOf(after.permissions)).toEqual(NEW_DEFAULTS);
    expect(Object.values(after.permissions).every((t) => !t.overridden)).toBe(true);
    expect((await auditRows(ACTION)).length).toBe(before + 1);
  });

  it("another agency's client in the list → 404 and nothing applied at all", async () => {
    const admin = await staffFor("admin@acme.test");
    const summit = await clientIdOf("Summit Legal");
    const globexDental = await clientIdOf("Globex Dental", "globex");
    const before = (await auditRows(ACTION)).length;
    const summitBefore = await clientRow(summit);
    await expect(
      applyDefaultsToClients(admin, { clientIds: [summit, globexDental], includeOverridden: true }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await clientRow(summit)).toEqual(summitBefore);
    expect((await auditRows(ACTION)).length).toBe(before);
  });

  it("a preview of older defaults cannot be applied (409), nor bad input (422)", async () => {
    const admin = await staffFor("admin@acme.test");
    const summit = await clientIdOf("Summit Legal");
    await expect(applyDefaultsToClients(admin, { clientIds: [summit], defaultsVersion: 1 })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(applyDefaultsToClients(admin, { clientIds: [] })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(applyDefaultsToClients(admin, { clientIds: ["nope"] })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      applyDefaultsToClients(admin, { clientIds: [summit], includeOverridden: "yes" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
  });
});
