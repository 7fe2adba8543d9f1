import "server-only";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import { users } from "@/db/schema";

export type ScimDirectory = { id: string; agencyId: string; clientId: string | null };

/** The users a directory sees: every staff member, or every user of its client, removed ones aside. */
export function tenantUsers(dir: ScimDirectory): SQL {
  const live = inArray(users.status, ["active", "deactivated"]);
  return dir.clientId
    ? and(eq(users.agencyId, dir.agencyId), eq(users.kind, "client"), eq(users.clientId, dir.clientId), live)!
    : and(eq(users.agencyId, dir.agencyId), eq(users.kind, "agency"), live)!;
}

/** The role a provisioned user starts with: the least one; a mapped group raises it. */
export const startingRole = (dir: ScimDirectory) => (dir.clientId ? "agent" : "member");

/** Rank of a role within its set (staff or client): a mapped group's higher role wins. */
export const ROLE_RANK: Record<"agency" | "client", Record<string, number>> = {
  agency: { member: 1, manager: 2, admin: 3, owner: 4 },
  client: { agent: 1, analyst: 2, supervisor: 3, admin: 4 },
};

/** Roles a group may map to: ownership only ever moves by transfer, never by a directory. */
export const mappableRoles = (dir: ScimDirectory) =>
  dir.clientId ? ["admin", "supervisor", "analyst", "agent"] : ["admin", "manager", "member"];

export function scimActor(dir: ScimDirectory, meta: { ip: string | null; userAgent: string | null }) {
  return { type: "scim" as const, id: dir.id, email: null, ip: meta.ip, userAgent: meta.userAgent };
}
