import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { invitations } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClientTeam } from "@/lib/authz/guards";
import { conflict } from "@/lib/errors";
import { toInvitationDto } from "./invitation-dto";
import { lockInvitation } from "./internal/lock-invitation";

/** Revoking kills the link at once. Revoking twice is harmless; an accepted one needs "remove user". */
export async function revokeClientInvitation(actor: Actor, clientId: string, invitationId: string) {
  requireClientTeam(actor, clientId, { write: true });
  return withTenant(actor.agencyId, async (tx) => {
    const current = await lockInvitation(tx, actor.agencyId, clientId, invitationId);
    if (current.status === "accepted") throw conflict("This invitation was already accepted: remove the user instead.");
    if (current.status !== "pending") return toInvitationDto(current);
    const [row] = await tx.update(invitations).set({ status: "revoked", revokedAt: new Date() }).where(eq(invitations.id, current.id)).returning();
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "invite_revoked",
      target: { type: "invitation", id: current.id },
      clientId,
      details: { email: current.email, role: current.role },
    });
    return toInvitationDto(row);
  });
}
