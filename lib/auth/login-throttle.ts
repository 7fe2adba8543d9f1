import "server-only";
import { sharedLimiter } from "@/lib/rate-limit/shared-limiter";
import { throttleBucketOf } from "@/lib/net/throttle-bucket";

/**
 * Two limiters, both counting only failures:
 * - per (account, IP): slows guessing one password, yet an attacker elsewhere cannot lock the
 *   owner out — the owner's own IP has its own counter;
 * - per IP: caps spraying many accounts from one address.
 * Blocks are short cool-downs, never a permanent lockout. The counters are in the database, so
 * failures on every app instance add up (an attacker gains nothing by spreading over instances).
 */
const MAX_FAILURES = Number(process.env.LOGIN_MAX_FAILURES ?? 5);
const COOLDOWN_SECONDS = Number(process.env.LOGIN_COOLDOWN_SECONDS ?? 60);

// The failure that uses up the last point starts the cool-down (block); when it ends the key is
// gone and the count starts again — a short pause, never the rest of the 15-minute window.
const perAccountAndIp = sharedLimiter({ keyPrefix: "login_account_ip", points: MAX_FAILURES, duration: 15 * 60 });

const perIp = sharedLimiter({ keyPrefix: "login_ip", points: 100, duration: 15 * 60, blockDuration: 15 * 60 });

const accountKey = (email: string, ip: string | null) => `${email.toLowerCase()}|${throttleBucketOf(ip)}`;

/** Seconds to wait before another attempt is accepted, or 0. */
export async function loginRetryAfter(email: string, ip: string | null): Promise<number> {
  const [account, address] = await Promise.all([
    perAccountAndIp.get(accountKey(email, ip)),
    perIp.get(throttleBucketOf(ip)),
  ]);
  const limited = [
    account && account.remainingPoints <= 0 ? account.msBeforeNext : 0,
    address && address.remainingPoints <= 0 ? address.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...limited) / 1000);
}

export async function recordLoginFailure(email: string, ip: string | null) {
  const key = accountKey(email, ip);
  const coolDown = async () => {
    const res = await perAccountAndIp.consume(key).catch((rejected) => rejected);
    if (res && typeof res.remainingPoints === "number" && res.remainingPoints <= 0)
      await perAccountAndIp.block(key, COOLDOWN_SECONDS);
  };
  await Promise.allSettled([coolDown(), perIp.consume(throttleBucketOf(ip))]);
}

export async function recordLoginSuccess(email: string, ip: string | null) {
  await perAccountAndIp.delete(accountKey(email, ip));
}
