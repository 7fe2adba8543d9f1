import { describe, expect, it } from "vitest";
import { staffFor } from "@/db/testing/actor-for";
import { auditRows, clientRow } from "@/db/testing/lookups";
import { getClientDefaults } from "@/lib/dal/client-defaults/get-client-defaults";
import { updateClientDefaults } from "@/lib/dal/client-defaults/update-client-defaults";
import { createClient } from "./create-client";
import { listClients } from "./list-clients";

describe("createClient", () => {
  it("copies the agency's CURRENT defaults, none overridden, and writes one client_created row", async () => {
    const admin = await staffFor("admin@acme.test");
    const { permissions, version } = await getClientDefaults(admin);
    await updateClientDefaults(admin, {
      version,
      permissions: { ...permissions, manage_billing: true, view_analytics: false },
    });
    const before = (await auditRows("client_created")).length;
    const created = await createClient(admin, { name: "  Cedar Vets  " });
    expect(created.name).toBe("Cedar Vets");
    expect(created.permissions).toMatchObject({ manage_billing: true, view_analytics: false, view_calls: true });
    expect(Object.values(created.overridden).some(Boolean)).toBe(false);
    const rows = await auditRows("client_created");
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)!.details).toMatchObject({ name: "Cedar Vets", preset: null, after: { manage_billing: true } });
    expect(rows.at(-1)!.targetId).toBe(created.id);
  });

  it("with a preset, takes the preset and marks what differs from the defaults as overridden", async () => {
    const owner = await staffFor("owner@acme.test");
    const defaults = (await getClientDefaults(owner)).permissions;
    const created = await createClient(owner, { name: "Lakeside Gym", preset: "self_service" });
    expect(Object.values(created.permissions).every(Boolean)).toBe(true);
    for (const [key, on] of Object.entries(defaults)) expect(created.overridden[key]).toBe(!on);
    expect((await clientRow(created.id)).agencyId).toBe(owner.agencyId);
  });

  it.each([
    ["an unknown preset", { name: "X Co", preset: "everything" }],
    ["an unknown field", { name: "X Co", permissions: {} }],
    ["an empty name", { name: "   " }],
  ])("%s is 422 and nothing is stored", async (_, body) => {
    const admin = await staffFor("admin@acme.test");
    const before = (await auditRows("client_created")).length;
    await expect(createClient(admin, body)).rejects.toMatchObject({ code: "validation_failed", status: 422 });
    expect((await auditRows("client_created")).length).toBe(before);
    expect((await listClients(admin, { q: "X Co" })).items).toEqual([]);
  });

  it("refuses a second live client with the same name (409)", async () => {
    const admin = await staffFor("admin@acme.test");
    await expect(createClient(admin, { name: "bright dental" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("managers and members may not create clients (403)", async () => {
    for (const email of ["manager@acme.test", "member@acme.test"]) {
      await expect(createClient(await staffFor(email), { name: "Nope Inc" })).rejects.toMatchObject({
        code: "forbidden",
        status: 403,
      });
    }
  });

  it("a client created by another agency stays in that agency", async () => {
    const globex = await staffFor("owner@globex.test");
    const created = await createClient(globex, { name: "Globex Only" });
    const acmeAdmin = await staffFor("admin@acme.test");
    expect((await listClients(acmeAdmin, { q: "Globex Only" })).items).toEqual([]);
    expect((await listClients(globex, { q: "Globex Only" })).items.map((c) => c.id)).toEqual([created.id]);
  });
});
