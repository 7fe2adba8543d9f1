import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agencies, rateLimits } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { RateLimiterRes, sharedLimiter, tryConsume } from "./shared-limiter";
import { sweepExpiredRateLimits } from "./sweep-expired";

// Two limiter objects with the same prefix stand for the same limiter in two app instances:
// they share nothing but the database.
const pair = (keyPrefix: string, points: number) =>
  [sharedLimiter({ keyPrefix, points, duration: 60 }), sharedLimiter({ keyPrefix, points, duration: 60 })] as const;

describe("sharedLimiter", () => {
  it("counts every instance's points together and refuses beyond the limit", async () => {
    const [a, b] = pair("test_pair", 4);
    const taken = await Promise.all([a, b, a, b, a, b].map((l) => tryConsume(l, "203.0.113.7")));
    expect(taken.filter(Boolean)).toHaveLength(4);
    const refusal = await b.consume("203.0.113.7").then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(RateLimiterRes);
    expect((refusal as RateLimiterRes).msBeforeNext).toBeGreaterThan(50_000);
    expect((await a.get("203.0.113.7"))?.consumedPoints).toBe(7);
    // Another key is counted apart.
    expect(await tryConsume(a, "203.0.113.8")).toBe(true);
  });

  it("keeps its counters in the database, where a block set by one instance holds for the other", async () => {
    const [a, b] = pair("test_block", 10);
    await a.block("owner@acme.test|203.0.113.0", 30);
    const [row] = await (
      await getDb()
    )
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, "test_block:owner@acme.test|203.0.113.0"));
    expect(row.points).toBeGreaterThan(10);
    expect(await tryConsume(b, "owner@acme.test|203.0.113.0")).toBe(false);
    expect(await b.delete("owner@acme.test|203.0.113.0")).toBe(true);
    expect(await tryConsume(a, "owner@acme.test|203.0.113.0")).toBe(true);
  });

  it("refuses to run inside a tenant transaction (PGlite's one connection would wait forever)", async () => {
    const [acme] = await (await getDb()).select({ id: agencies.id }).from(agencies).where(eq(agencies.slug, "acme"));
    const [a] = pair("test_tenant", 3);
    await expect(withTenant(acme.id, () => a.consume("x"))).rejects.toThrow(/inside a tenant transaction/);
  });

  it("sweeps counters whose window ended over an hour ago, and only those", async () => {
    const db = await getDb();
    await db.insert(rateLimits).values([
      { key: "test_sweep:old", points: 1, expire: sql`now() - interval '2 hours'` },
      { key: "test_sweep:recent", points: 1, expire: sql`now() - interval '5 minutes'` },
    ]);
    expect(await sweepExpiredRateLimits(db)).toBeGreaterThanOrEqual(1);
    const left = (await db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(left).toContain("test_sweep:recent");
    expect(left).not.toContain("test_sweep:old");
  });
});
