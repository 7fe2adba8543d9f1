// `npm run audit:purge`: deletes audit events older than each agency's retention, leaving a
// verifiable checkpoint (the server also runs this every few hours; see lib/jobs/background-jobs.ts).
import { purgeExpiredAuditEvents } from "@/lib/audit/purge-expired";
import { closeDb, getDb } from "./client";

const results = await purgeExpiredAuditEvents(await getDb());
for (const r of results) console.log(`${r.slug}: purged ${r.deleted} events through seq ${r.checkpointSeq}`);
if (results.length === 0) console.log("Nothing older than any agency's retention.");
await closeDb();
