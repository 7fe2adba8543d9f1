// `npm run audit:checkpoint`: signs a checkpoint of every agency's audit chain head that moved
// since its last one, now (the server does the same every few minutes; lib/jobs/background-jobs.ts).
// Embedded database: stop the app first.
import { signCheckpoints } from "@/lib/audit/sign-checkpoints";
import { closeDb, getDb } from "./client";

const results = await signCheckpoints(await getDb());
for (const r of results) {
  console.log(
    r.status === "signed"
      ? `signed     ${r.slug}: seq ${r.seq}`
      : r.status === "unchanged"
        ? `unchanged  ${r.slug}: ${r.seq === null ? "no events" : `newest checkpoint seq ${r.seq}`}`
        : `REFUSED    ${r.slug}: chain broken at seq ${r.seq} — ${r.reason}`,
  );
}
await closeDb();
process.exitCode = results.some((r) => r.status === "refused") ? 1 : 0;
