import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { canEditClient, requireStaffOnClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { toPermissionsEditorDto } from "./client-dto";

/** A client's toggles, which of them are overridden, their version, and the agency defaults. */
export async function getClientPermissions(actor: Actor, clientId: string) {
  if (!isUuid(clientId)) throw notFound("Client not found");
  const staff = requireStaffOnClient(actor, clientId, "client.read");
  return withTenant(staff.agencyId, async (db) => {
    const [row] = await db
      .select({ client: clients, defaults: agencies.defaultPermissions })
      .from(clients)
      .innerJoin(agencies, eq(agencies.id, clients.agencyId))
      .where(and(eq(clients.agencyId, staff.agencyId), eq(clients.id, clientId), isNull(clients.archivedAt)));
    if (!row) throw notFound("Client not found");
    return toPermissionsEditorDto(row.client, row.defaults, canEditClient(staff, clientId));
  });
}
