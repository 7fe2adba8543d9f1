import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { jobLeases } from "@/db/schema";
import { instanceId } from "./instance-id";
import { claimJob, finishJob } from "./job-lease";
import { releaseClaims } from "./release-claims";

const MIN = 60_000;

describe("job leases", () => {
  it("lets one claimant run a due job, and nobody else until it is due again", async () => {
    const db = await getDb();
    const now = new Date();
    const claims = await Promise.all([0, 1, 2].map(() => claimJob(db, "test-job", 10 * MIN, now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const [row] = await db.select().from(jobLeases).where(eq(jobLeases.name, "test-job"));
    expect(row.lockedBy).toBe(instanceId());
    await finishJob(db, "test-job", 60 * MIN, now);
    expect(await claimJob(db, "test-job", 10 * MIN, new Date(now.getTime() + 30 * MIN))).toBe(false);
    expect(await claimJob(db, "test-job", 10 * MIN, new Date(now.getTime() + 61 * MIN))).toBe(true);
  });

  it("gives a crashed holder's job to another once the lease ends, and a shutdown frees it at once", async () => {
    const db = await getDb();
    const now = new Date();
    await db.insert(jobLeases).values({
      name: "test-crashed",
      lockedBy: "crashed-instance",
      lockedUntil: new Date(now.getTime() + 5 * MIN),
      nextRunAt: now,
    });
    expect(await claimJob(db, "test-crashed", 10 * MIN, now)).toBe(false);
    expect(await claimJob(db, "test-crashed", 10 * MIN, new Date(now.getTime() + 6 * MIN))).toBe(true);

    await db.insert(jobLeases).values({
      name: "test-released",
      lockedBy: instanceId(),
      lockedUntil: new Date(now.getTime() + 5 * MIN),
      nextRunAt: now,
    });
    await releaseClaims(db);
    expect(await claimJob(db, "test-released", 10 * MIN, new Date(now.getTime() + 1000))).toBe(true);
  });
});
