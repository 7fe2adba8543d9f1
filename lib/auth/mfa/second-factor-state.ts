import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { agencies, clients, mfaFactors, mfaRecoveryCodes } from "@/db/schema";

export type SecondFactorState = {
  totp: boolean;
  totpId: string | null;
  passkeys: {
    id: string;
    credentialId: string;
    transports: string[];
    label: string;
    createdAt: Date;
    lastUsedAt: Date | null;
  }[];
  recoveryCodesLeft: number;
};

/** Which second factors a user has; one query per table, whatever the number of passkeys. */
export async function secondFactorState(db: Queryable, userId: string): Promise<SecondFactorState> {
  const factors = await db
    .select({
      id: mfaFactors.id,
      kind: mfaFactors.kind,
      credentialId: mfaFactors.credentialId,
      transports: mfaFactors.transports,
      label: mfaFactors.label,
      createdAt: mfaFactors.createdAt,
      lastUsedAt: mfaFactors.lastUsedAt,
    })
    .from(mfaFactors)
    .where(eq(mfaFactors.userId, userId))
    .orderBy(mfaFactors.createdAt);
  const [codes] = await db
    .select({ left: sql<number>`count(*)::int` })
    .from(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, userId), isNull(mfaRecoveryCodes.usedAt)));
  return {
    totp: factors.some((f) => f.kind === "totp"),
    totpId: factors.find((f) => f.kind === "totp")?.id ?? null,
    passkeys: factors
      .filter((f) => f.kind === "passkey" && f.credentialId)
      .map((f) => ({
        id: f.id,
        credentialId: f.credentialId!,
        transports: f.transports ?? [],
        label: f.label,
        createdAt: f.createdAt,
        lastUsedAt: f.lastUsedAt,
      })),
    recoveryCodesLeft: Number(codes?.left ?? 0),
  };
}

export function hasSecondFactor(state: SecondFactorState): boolean {
  return state.totp || state.passkeys.length > 0;
}

/** Whether the user's tenant requires a second factor: "require MFA for staff" or the client's own switch. */
export async function policyRequiresMfa(
  db: Queryable,
  user: { agencyId: string; kind: string; clientId: string | null },
): Promise<boolean> {
  if (user.kind === "client" && user.clientId) {
    const [row] = await db.select({ required: clients.requireMfa }).from(clients).where(eq(clients.id, user.clientId));
    return row?.required ?? false;
  }
  const [row] = await db
    .select({ required: agencies.requireMfaForStaff })
    .from(agencies)
    .where(eq(agencies.id, user.agencyId));
  return row?.required ?? false;
}
