import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { users } from "@/db/schema";
import { policyRequiresMfa, secondFactorState } from "@/lib/auth/mfa/second-factor-state";
import type { Actor } from "@/lib/authz/actor";
import { requireSelf } from "@/lib/authz/guards";

export type MyMfaDto = {
  totp: boolean;
  totpFactorId: string | null;
  passkeys: { id: string; label: string; createdAt: string; lastUsedAt: string | null }[];
  recoveryCodesLeft: number;
  hasPassword: boolean;
  required: boolean;
};

/** The signed-in person's own second factors, for their account page. */
export async function getMyMfa(actor: Actor): Promise<MyMfaDto> {
  requireSelf(actor);
  return withTenant(actor.agencyId, async (tx) => {
    const state = await secondFactorState(tx, actor.userId);
    const [row] = await tx.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
    const required = await policyRequiresMfa(tx, {
      agencyId: actor.agencyId,
      kind: actor.kind,
      clientId: actor.kind === "client" ? actor.clientId : null,
    });
    return {
      totp: state.totp,
      totpFactorId: state.totpId,
      passkeys: state.passkeys.map((p) => ({
        id: p.id,
        label: p.label,
        createdAt: p.createdAt.toISOString(),
        lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
      })),
      recoveryCodesLeft: state.recoveryCodesLeft,
      hasPassword: Boolean(row?.hash),
      required,
    };
  });
}
