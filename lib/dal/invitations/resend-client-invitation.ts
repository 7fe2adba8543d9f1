import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { isEmptySet } from "@/lib/authz/catalogue";
import { requireClientTeam } from "@/lib/authz/guards";
import { valuesOf } from "@/lib/authz/stored-permissions";
import { getMailBrand } from "@/lib/dal/agencies/get-mail-brand";
import type { InvitationResult } from "./invitation-dto";
import { portalWarnings } from "./invite-client-user";
import { assertResendable } from "./internal/assert-reopenable";
import { lockInvitation } from "./internal/lock-invitation";
import { mailInvitation } from "./internal/mail-invitation";
import { reissueInvitation } from "./internal/open-invitation";

/** A new link replaces the old one (which stops working) and the seven days start again. */
export async function resendClientInvitation(actor: Actor, clientId: string, invitationId: string): Promise<InvitationResult> {
  requireClientTeam(actor, clientId, { write: true });
  const done = await withTenant(actor.agencyId, async (tx) => {
    const current = await lockInvitation(tx, actor.agencyId, clientId, invitationId);
    assertResendable(current);
    const [client] = await tx.select().from(clients).where(and(eq(clients.agencyId, actor.agencyId), eq(clients.id, clientId)));
    const reissued = await reissueInvitation(tx, current.id);
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "invite_sent",
      target: { type: "invitation", id: current.id },
      clientId,
      details: { email: current.email, role: current.role, resend: true },
    });
    return { ...reissued, client, brand: await getMailBrand(tx, actor.agencyId, "client") };
  });
  return mailInvitation({
    brand: done.brand, row: done.row, token: done.token, inviterName: actor.name || actor.email, clientName: done.client.name,
    warnings: portalWarnings({ ...done.client, emptyPortal: isEmptySet(valuesOf(done.client.permissions)) }),
  });
}
