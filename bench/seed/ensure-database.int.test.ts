import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { adminUrlFor, withDatabase } from "@/db/testing/database-urls";
import { ensureDatabase } from "./ensure-database";

// `npm run bench:seed` is PostgreSQL only; so is this test.
const url = process.env.DB_KIND === "postgres" ? process.env.TEST_DATABASE_URL : undefined;

describe.skipIf(!url)("ensureDatabase (bench:seed on a database that does not exist yet)", () => {
  it("creates the database the URL names, then leaves it and its tables alone", async () => {
    const name = `sb_bench_${randomBytes(5).toString("hex")}`;
    const admin = postgres(adminUrlFor(url!), { max: 1, onnotice: () => {} });
    try {
      const target = withDatabase(url!, name);
      expect(await ensureDatabase(target)).toBe(true);
      expect(await admin`select datname from pg_database where datname = ${name}`).toEqual([{ datname: name }]);

      const inside = postgres(target, { max: 1, onnotice: () => {} });
      await inside`create table kept (n int)`;
      await inside.end();
      expect(await ensureDatabase(target)).toBe(false);
      const again = postgres(target, { max: 1, onnotice: () => {} });
      expect(await again`select count(*)::int as n from kept`).toEqual([{ n: 0 }]);
      await again.end();
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
