import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { mfaFactors } from "@/db/schema";
import { secretBox } from "@/lib/crypto/secret-box";
import { verifyTotp } from "./totp";

/**
 * Whether `code` is the user's current authenticator code, never seen before. The factor row is
 * locked while its last step is compared and raised, so two instances given the same code at the
 * same moment accept it once.
 */
export async function checkTotpCode(tx: Queryable, userId: string, code: string): Promise<boolean> {
  const [factor] = await tx
    .select({ id: mfaFactors.id, sealed: mfaFactors.totpSecretSealed, lastStep: mfaFactors.totpLastStep })
    .from(mfaFactors)
    .where(and(eq(mfaFactors.userId, userId), eq(mfaFactors.kind, "totp")))
    .for("update");
  if (!factor?.sealed) return false;
  const step = await verifyTotp({
    secret: secretBox().open(factor.sealed, userId),
    code,
    lastUsedStep: factor.lastStep,
  });
  if (step === null) return false;
  await tx
    .update(mfaFactors)
    .set({ totpLastStep: step, lastUsedAt: sql`now()` })
    .where(eq(mfaFactors.id, factor.id));
  return true;
}
