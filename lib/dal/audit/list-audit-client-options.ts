import "server-only";
import { asc, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";

/** Every client of the agency, archived ones too (their history stays in the log), for the client filter. */
export async function listAuditClientOptions(actor: Actor) {
  const staff = requireStaff(actor, "audit.read");
  return withTenant(staff.agencyId, async (db) => {
    return db
      .select({ id: clients.id, name: clients.name })
      .from(clients)
      .where(eq(clients.agencyId, staff.agencyId))
      .orderBy(asc(clients.name));
  });
}
