import "server-only";
import { lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";

/** Deletes counters whose window ended more than an hour ago (the library's own sweep, run as one job). */
export async function sweepExpiredRateLimits(db: Db, now = new Date()): Promise<number> {
  const gone = await db
    .delete(rateLimits)
    .where(lt(rateLimits.expire, new Date(now.getTime() - 60 * 60 * 1000)))
    .returning({ key: rateLimits.key });
  return gone.length;
}
