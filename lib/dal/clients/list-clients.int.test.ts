import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { staffFor } from "@/db/testing/actor-for";
import { listClients } from "./list-clients";
import { updateClientPermissions } from "./update-client-permissions";

const names = (page: { items: { name: string }[] }) => page.items.map((c) => c.name);

describe("listClients", () => {
  it("lists the agency's clients by name with badge data, portal status and people figures", async () => {
    const page = await listClients(await staffFor("admin@acme.test"), {});
    expect(names(page)).toEqual(["Bright Dental", "Harbor Plumbing", "Nova Realty", "Summit Legal"]);
    const bright = page.items[0];
    expect(bright).toMatchObject({ portalAccess: "enabled", userCount: 4, pendingInvitationCount: 0, canEdit: true });
    expect(bright.enabledSections).toEqual(["Agents", "Calls", "Analytics"]);
    expect(page.items[1]).toMatchObject({ name: "Harbor Plumbing", userCount: 0, enabledSections: [] });
    expect(page.nextCursor).toBeNull();
  });

  it("pages by keyset on (name, id) without gaps or repeats", async () => {
    const admin = await staffFor("admin@acme.test");
    const first = await listClients(admin, { limit: "3" });
    expect(names(first)).toEqual(["Bright Dental", "Harbor Plumbing", "Nova Realty"]);
    const second = await listClients(admin, { limit: 3, cursor: first.nextCursor! });
    expect(names(second)).toEqual(["Summit Legal"]);
    expect(second.nextCursor).toBeNull();
    await expect(listClients(admin, { cursor: "garbage" })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("searches by name, case-insensitively, with LIKE characters taken literally", async () => {
    const admin = await staffFor("admin@acme.test");
    expect(names(await listClients(admin, { q: "DENTAL" }))).toEqual(["Bright Dental"]);
    expect(names(await listClients(admin, { q: "%" }))).toEqual([]);
  });

  it("scopes by role: a member sees assigned clients only, a manager with assignments only those", async () => {
    expect(names(await listClients(await staffFor("member@acme.test"), {}))).toEqual(["Summit Legal"]);
    const manager = await listClients(await staffFor("manager@acme.test"), {});
    expect(names(manager)).toEqual(["Bright Dental"]);
    expect(manager.items[0].canEdit).toBe(true);
    expect((await listClients(await staffFor("member@acme.test"), {})).items[0].canEdit).toBe(false);
  });

  it("a manager with no assignments sees every client and may edit none", async () => {
    const db = await getDb();
    const owner = await staffFor("owner@acme.test");
    await db.insert(users).values({
      agencyId: owner.agencyId,
      kind: "agency",
      email: "floater@acme.test",
      name: "Floater",
      role: "manager",
    });
    const floater = await staffFor("floater@acme.test");
    const page = await listClients(floater, {});
    expect(names(page)).toEqual(["Bright Dental", "Harbor Plumbing", "Nova Realty", "Summit Legal"]);
    expect(page.items.every((c) => !c.canEdit)).toBe(true);
    const bright = page.items[0].id;
    await expect(updateClientPermissions(floater, bright, { version: 1, view_calls: false })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("never shows another agency's clients", async () => {
    expect(names(await listClients(await staffFor("owner@globex.test"), {}))).toEqual(["Globex Dental"]);
  });
});
