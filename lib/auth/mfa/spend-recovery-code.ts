import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { mfaRecoveryCodes } from "@/db/schema";
import { hashRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";

/**
 * Marks one unused recovery code used and returns how many are left, or null when it matches
 * none. One UPDATE … WHERE used_at IS NULL: a code typed twice at once is accepted once.
 */
export async function spendRecoveryCode(tx: Queryable, userId: string, code: string): Promise<number | null> {
  if (normalizeRecoveryCode(code).length !== 10) return null;
  const used = await tx
    .update(mfaRecoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(mfaRecoveryCodes.userId, userId),
        eq(mfaRecoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(mfaRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: mfaRecoveryCodes.id });
  if (used.length === 0) return null;
  const [left] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, userId), isNull(mfaRecoveryCodes.usedAt)));
  return Number(left?.n ?? 0);
}
