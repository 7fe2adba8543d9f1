import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";

/** The eight toggles a new client copies. Every staff member may read them; few may change them. */
export async function getClientDefaults(actor: Actor) {
  const staff = requireStaff(actor, "client.read");
  return withTenant(staff.agencyId, async (db) => {
    const [row] = await db
      .select({ permissions: agencies.defaultPermissions, version: agencies.defaultsVersion })
      .from(agencies)
      .where(eq(agencies.id, staff.agencyId));
    return {
      permissions: row.permissions,
      version: row.version,
      canEdit: staff.resolved.capabilities.has("defaults.update"),
    };
  });
}

export type ClientDefaultsDto = Awaited<ReturnType<typeof getClientDefaults>>;
