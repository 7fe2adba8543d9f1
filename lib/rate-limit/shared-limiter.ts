import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { insideTenantTransaction } from "@/db/tenant";

export { RateLimiterRes };

export type LimiterOptions = {
  /** Names the limiter; its keys are stored as `<keyPrefix>:<key>`. */
  keyPrefix: string;
  /** Points in each window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
  /** Seconds a key stays refused once it used up its points (0: until the window ends). */
  blockDuration?: number;
};

/**
 * A rate limiter whose counters live in the `rate_limits` table, so every app instance counts
 * together (SPEC §14): rate-limiter-flexible's Drizzle store, one atomic INSERT … ON CONFLICT per
 * consume, on postgres.js and PGlite alike. The same interface as the library's limiters
 * (consume rejects with a RateLimiterRes when over the limit; get, block, delete).
 *
 * Not inside a tenant transaction: it uses the owner's connection, and PGlite's one connection
 * would wait for that transaction forever — so that mistake throws instead of hanging.
 * Nothing is kept in memory (no in-memory block): expired rows are swept by the background jobs.
 */
export function sharedLimiter(options: LimiterOptions) {
  let limiter: Promise<RateLimiterDrizzle> | undefined;
  const open = () => {
    if (insideTenantTransaction())
      throw new Error(`rate limiter ${options.keyPrefix}: called inside a tenant transaction`);
    limiter ??= getDb().then(
      (db) =>
        new RateLimiterDrizzle({
          storeClient: db,
          schema: rateLimits,
          clearExpiredByTimeout: false,
          keyPrefix: options.keyPrefix,
          points: options.points,
          duration: options.duration,
          blockDuration: options.blockDuration ?? 0,
        }),
    );
    return limiter;
  };
  return {
    points: options.points,
    consume: async (key: string, points = 1) => (await open()).consume(key, points),
    get: async (key: string) => (await open()).get(key),
    block: async (key: string, seconds: number) => (await open()).block(key, seconds),
    delete: async (key: string) => (await open()).delete(key),
  };
}

export type SharedLimiter = ReturnType<typeof sharedLimiter>;

/** Consumes a point; false (instead of a rejection) when the key is over its limit. */
export async function tryConsume(limiter: SharedLimiter, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
