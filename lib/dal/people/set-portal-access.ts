import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { revokeClientSessions } from "@/lib/auth/revoke-client-sessions";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaffOnClient } from "@/lib/authz/guards";
import { isUuid } from "@/lib/uuid";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { toClientDto } from "@/lib/dal/clients/client-dto";

export const SetPortalAccessInput = z.object({ portalAccess: z.enum(["enabled", "suspended"]) }).strict();

/**
 * Withholds or restores a client's portal (SPEC §7). Suspended users are refused on their very
 * next request (load-actor checks the client on each one) and told to contact the agency; their
 * sessions end in the same transaction, so restoring the portal revives none of them. Agency
 * staff keep full access.
 */
export async function setPortalAccess(actor: Actor, clientId: string, raw: unknown) {
  if (!isUuid(clientId)) throw notFound("Client not found");
  requireStaffOnClient(actor, clientId, "client.edit");
  const { portalAccess } = parseInput(SetPortalAccessInput, raw);
  return withTenant(actor.agencyId, async (tx) => {
    const [before] = await tx
      .select()
      .from(clients)
      .where(and(eq(clients.agencyId, actor.agencyId), eq(clients.id, clientId), isNull(clients.archivedAt)))
      .for("update");
    if (!before) throw notFound("Client not found");
    if (before.portalAccess === portalAccess) return toClientDto(before);
    const [updated] = await tx
      .update(clients)
      .set({ portalAccess })
      .where(and(eq(clients.agencyId, actor.agencyId), eq(clients.id, clientId)))
      .returning();
    const suspended = portalAccess === "suspended";
    const sessionsEnded = suspended ? await revokeClientSessions(tx, clientId) : undefined;
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: suspended ? "client_portal_suspended" : "client_portal_restored",
      target: { type: "client", id: clientId },
      clientId,
      details: { before: before.portalAccess, after: portalAccess, ...(suspended ? { sessionsEnded } : {}) },
    });
    return toClientDto(updated);
  });
}
