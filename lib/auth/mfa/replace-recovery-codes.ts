import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { mfaRecoveryCodes } from "@/db/schema";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";

/** A fresh set of 10 codes replaces every earlier one; the plain codes are returned to be shown once. */
export async function replaceRecoveryCodes(tx: Queryable, user: { id: string; agencyId: string }): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, user.id));
  await tx
    .insert(mfaRecoveryCodes)
    .values(codes.map((code) => ({ agencyId: user.agencyId, userId: user.id, codeHash: hashRecoveryCode(code) })));
  return codes;
}
