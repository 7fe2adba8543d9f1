import "server-only";
import type { Queryable } from "@/db/client";
import { mfaFactors } from "@/db/schema";
import { secretBox } from "@/lib/crypto/secret-box";
import { verifyTotp } from "./totp";

/**
 * Confirms an authenticator app being enrolled: its first code must check out against the pending
 * secret, and that code's step is stored so it is never accepted again. False when the code is
 * wrong; the caller then keeps the pending secret for another try.
 */
export async function saveTotpFactor(
  tx: Queryable,
  user: { id: string; agencyId: string },
  pendingSealed: string,
  code: string,
): Promise<boolean> {
  const secret = secretBox().open(pendingSealed, user.id);
  const step = await verifyTotp({ secret, code, lastUsedStep: null });
  if (step === null) return false;
  await tx
    .insert(mfaFactors)
    .values({
      agencyId: user.agencyId,
      userId: user.id,
      kind: "totp",
      label: "Authenticator app",
      totpSecretSealed: secretBox().seal(secret, user.id),
      totpLastStep: step,
    })
    .onConflictDoNothing();
  return true;
}
