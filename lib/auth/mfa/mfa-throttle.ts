import "server-only";
import { sharedLimiter } from "@/lib/rate-limit/shared-limiter";

/**
 * Wrong second-factor codes per user, across challenges and instances: each challenge takes 5, and
 * this caps what a holder of the password can try by opening new challenges (10 per 15 minutes,
 * then a 15-minute pause). A 6-digit code then survives years of guessing.
 */
const perUser = sharedLimiter({ keyPrefix: "mfa_user", points: 10, duration: 15 * 60, blockDuration: 15 * 60 });

export async function mfaRetryAfter(userId: string): Promise<number> {
  const res = await perUser.get(userId);
  return res && res.remainingPoints <= 0 ? Math.ceil(res.msBeforeNext / 1000) : 0;
}

export async function recordMfaFailure(userId: string): Promise<void> {
  await perUser.consume(userId).catch(() => undefined);
}
