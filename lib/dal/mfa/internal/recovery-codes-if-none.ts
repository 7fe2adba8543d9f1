import "server-only";
import type { Tx } from "@/db/client";
import { replaceRecoveryCodes } from "@/lib/auth/mfa/replace-recovery-codes";
import { secondFactorState } from "@/lib/auth/mfa/second-factor-state";

/** A person's first factor comes with recovery codes; later ones keep the codes they have. */
export async function recoveryCodesIfNone(tx: Tx, user: { id: string; agencyId: string }): Promise<string[] | null> {
  const state = await secondFactorState(tx, user.id);
  return state.recoveryCodesLeft > 0 ? null : replaceRecoveryCodes(tx, user);
}
