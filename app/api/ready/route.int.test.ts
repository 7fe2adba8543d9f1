import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { registerReadinessCheck } from "@/lib/health/readiness-checks";
import { GET } from "./route";

const DRAINING = Symbol.for("app.draining");
const answer = async () => {
  const response = await GET();
  return {
    status: response.status,
    body: (await response.json()) as { status: string; checks: Record<string, string> },
  };
};

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[DRAINING];
  registerReadinessCheck("storage", async () => {});
});

describe("GET /api/ready", () => {
  it("is ready when the database answers with every migration applied and each registered check passes", async () => {
    registerReadinessCheck("storage", async () => {});
    expect(await answer()).toEqual({
      status: 200,
      body: { status: "ready", checks: { database: "ok", storage: "ok" } },
    });
  });

  it("is 503 naming the check that failed, never its message", async () => {
    registerReadinessCheck("storage", async () => {
      throw new Error("connect ECONNREFUSED 10.0.0.7:9000 secret-bucket");
    });
    const { status, body } = await answer();
    expect(status).toBe(503);
    expect(body).toEqual({ status: "unavailable", checks: { database: "ok", storage: "failed" } });
  });

  it("is 503 while draining after SIGTERM", async () => {
    (globalThis as Record<symbol, unknown>)[DRAINING] = true;
    expect(await answer()).toMatchObject({ status: 503, body: { status: "draining" } });
  });

  it("is 503 when the newest committed migration is not applied", async () => {
    const db = await getDb();
    await db.execute(
      sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
    );
    expect(await answer()).toMatchObject({ status: 503, body: { checks: { database: "failed" } } });
  });
});
