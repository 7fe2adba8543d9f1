import { sql } from "drizzle-orm";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { installHandleForTests, openPglite } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/seed-demo";
import { clientUserFor } from "@/db/testing/actor-for";
import { resetConfigForTests } from "@/lib/config";
import { streamCallsCsv } from "@/lib/dal/calls/stream-calls-csv";
const dataDir = mkdtempSync(path.join(tmpdir(), "rlsc-"));
process.env.DATA_DIR = dataDir; resetConfigForTests();
const h = await openPglite();
await migrateDatabase(h.db, "pglite");
await seedDemo(h.db, { dataDir, password: "demo-portal-2026" });
installHandleForTests(h);
const rows = (x: any) => x.rows;
const [src] = rows(await h.db.execute(sql`select c.agency_id, c.client_id, c.agent_id from calls c join clients k on k.id = c.client_id where k.name = 'Summit Legal' limit 1`));
await h.db.execute(sql`insert into calls (agency_id, client_id, agent_id, direction, caller_number, started_at, duration_seconds, status)
  select ${src.agency_id}::uuid, ${src.client_id}::uuid, ${src.agent_id}::uuid, 'inbound', '+15550009999', now() - make_interval(secs => g), 30, 'completed' from generate_series(1, 2050) g`);
const viewer = await clientUserFor("admin@summitlegal.test");
const q = (lim: string) => `select c.id, to_char(c.started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as s, a.name from calls c join ai_agents a on a.id = c.agent_id where c.agency_id = '${src.agency_id}' and c.client_id = '${src.client_id}' order by c.started_at desc, c.id desc limit 1000 ${lim}`;
for (let r = 0; r < 3; r++) {
  for (const mode of ["owner", "tenant"]) {
    const t = Date.now();
    for (const off of ["", "offset 1000", "offset 2000"]) {
      await h.db.transaction(async (tx) => {
        if (mode === "tenant") await tx.execute(sql`select set_config('role','app_tenant',true), set_config('app.agency_id', ${src.agency_id}, true)`);
        await tx.execute(sql.raw(q(off)));
      });
    }
    console.log(mode, Date.now() - t);
  }
  const t = Date.now();
  const { chunks } = await streamCallsCsv(viewer, {});
  let n = 0;
  for await (const c of chunks) n += c.length;
  console.log("streamCallsCsv", Date.now() - t);
}
process.exit(0);
