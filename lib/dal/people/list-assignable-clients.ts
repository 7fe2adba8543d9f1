import "server-only";
import { asc } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { staffClientsWhere } from "@/lib/dal/clients/staff-clients-where";

/**
 * The clients by name, to pick staff assignments from and to name them in the team table: the
 * ones the viewer may see (all of them for owners and admins, who are the ones assigning). Every
 * staff member opens the team page, and a member must not learn the names of clients outside its
 * assignments there (SPEC §4).
 */
export async function listAssignableClients(actor: Actor) {
  const staff = requireStaff(actor, "staff.read");
  return withTenant(staff.agencyId, async (db) => {
    return db
      .select({ id: clients.id, name: clients.name })
      .from(clients)
      .where(staffClientsWhere(staff))
      .orderBy(asc(clients.name));
  });
}
