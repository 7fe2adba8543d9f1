import "server-only";
import { RateLimiterRes, sharedLimiter, type SharedLimiter } from "./shared-limiter";

// One shared limiter per distinct limit (keys differ only in points), all counting in rate_limits
// under `api_key:<key id>`, so every app instance counts one key's requests together.
const limiters = new Map<number, SharedLimiter>();
const limiterFor = (points: number) => {
  let limiter = limiters.get(points);
  if (!limiter) limiters.set(points, (limiter = sharedLimiter({ keyPrefix: "api_key", points, duration: 60 })));
  return limiter;
};

/** Consumes one request of a key's minute: the RateLimit-* headers to send, and whether it is over. */
export async function consumeApiKeyRequest(keyId: string, points: number) {
  let res: RateLimiterRes;
  let allowed = true;
  try {
    res = await limiterFor(points).consume(keyId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    res = error;
    allowed = false;
  }
  const reset = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(points),
    "RateLimit-Remaining": String(Math.max(0, res.remainingPoints)),
    "RateLimit-Reset": String(reset),
  };
  if (!allowed) headers["Retry-After"] = String(reset);
  return { allowed, headers };
}
