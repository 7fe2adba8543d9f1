import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import type { MfaPolicyDto } from "./set-mfa-policy";

/** The staff policy (owners and admins) or a client's (staff who may edit it). */
export async function getMfaPolicy(actor: Actor, clientId: string | null): Promise<MfaPolicyDto> {
  if (clientId !== null && !isUuid(clientId)) throw notFound("Client not found");
  const staff = clientId
    ? requireStaffOnClient(actor, clientId, "client.edit")
    : requireStaff(actor, "settings.manage");
  return withTenant(staff.agencyId, async (tx) => {
    const [row] = clientId
      ? await tx.select({ requireMfa: clients.requireMfa }).from(clients).where(eq(clients.id, clientId))
      : await tx
          .select({ requireMfa: agencies.requireMfaForStaff })
          .from(agencies)
          .where(eq(agencies.id, staff.agencyId));
    if (!row) throw notFound("Client not found");
    return { requireMfa: row.requireMfa };
  });
}
