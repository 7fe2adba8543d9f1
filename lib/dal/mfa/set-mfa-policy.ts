import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { hasSecondFactor, secondFactorState } from "@/lib/auth/mfa/second-factor-state";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";
import { conflict, invalid, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { endPasswordOnlySessions } from "./internal/end-password-only-sessions";

export type MfaPolicyDto = { requireMfa: boolean; signedOut?: number };

export const MfaPolicyInput = z.object({ requireMfa: z.boolean() }).strict();

function parsePolicy(body: unknown): boolean {
  const parsed = MfaPolicyInput.safeParse(body);
  if (!parsed.success)
    throw invalid("requireMfa must be true or false.", { fields: { requireMfa: "must be a boolean" } });
  return parsed.data.requireMfa;
}

/**
 * "Require MFA for staff" (owners and admins). Switching it on needs a factor on one's own account
 * first — else the next sign-in would lock its author into enrolment unawares — and ends staff
 * sessions opened by a password alone of staff without a factor.
 */
export async function setStaffMfaPolicy(actor: Actor, body: unknown): Promise<MfaPolicyDto> {
  const staff = requireStaff(actor, "settings.manage");
  const requireMfa = parsePolicy(body);
  return withTenant(staff.agencyId, async (tx) => {
    if (requireMfa && !staff.apiKey && !hasSecondFactor(await secondFactorState(tx, staff.userId)))
      throw conflict("Add a second factor to your own account before requiring one of all staff.");
    await tx.update(agencies).set({ requireMfaForStaff: requireMfa }).where(eq(agencies.id, staff.agencyId));
    const signedOut = requireMfa
      ? await endPasswordOnlySessions(tx, sql`u.agency_id = ${staff.agencyId} and u.kind = 'agency'`)
      : 0;
    await emitAudit(tx, staff.agencyId, auditActorOf(actor), {
      action: "mfa_policy_change",
      target: { type: "agency", id: staff.agencyId },
      details: { scope: "staff", requireMfa, signedOut },
    });
    return { requireMfa, signedOut };
  });
}

/** "Require MFA for this client's users", by staff who may edit the client. */
export async function setClientMfaPolicy(actor: Actor, clientId: string, body: unknown): Promise<MfaPolicyDto> {
  if (!isUuid(clientId)) throw notFound("Client not found");
  const staff = requireStaffOnClient(actor, clientId, "client.edit");
  const requireMfa = parsePolicy(body);
  return withTenant(staff.agencyId, async (tx) => {
    const [updated] = await tx
      .update(clients)
      .set({ requireMfa })
      .where(eq(clients.id, clientId))
      .returning({ id: clients.id });
    if (!updated) throw notFound("Client not found");
    const signedOut = requireMfa ? await endPasswordOnlySessions(tx, sql`u.client_id = ${clientId}`) : 0;
    await emitAudit(tx, staff.agencyId, auditActorOf(actor), {
      action: "mfa_policy_change",
      target: { type: "client", id: clientId },
      clientId,
      details: { scope: "client", requireMfa, signedOut },
    });
    return { requireMfa, signedOut };
  });
}
