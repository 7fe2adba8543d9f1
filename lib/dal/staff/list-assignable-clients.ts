import { and, asc, eq, isNull } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";

/** The agency's clients by name, to pick staff assignments from and to name them in the team table. */
export async function listAssignableClients(actor: Actor) {
  const staff = requireStaff(actor, "staff.read");
  return withTenant(staff.agencyId, async (db) => {
    return db
      .select({ id: clients.id, name: clients.name })
      .from(clients)
      .where(and(eq(clients.agencyId, staff.agencyId), isNull(clients.archivedAt)))
      .orderBy(asc(clients.name));
  });
}
