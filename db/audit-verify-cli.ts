// `npm run audit:verify`: checks every agency's audit chain (DATABASE_URL or the embedded
// database — stop the app first when embedded) and exits non-zero on the first broken link.
import { verifyAllAgencies } from "@/lib/audit/verify-agency-chain";
import { closeDb, getDb } from "./client";

const reports = await verifyAllAgencies(await getDb());
for (const r of reports) {
  console.log(r.ok
    ? `OK      ${r.slug}: ${r.checked} events, seq ${r.fromSeq}–${r.toSeq}${r.fromSeq > 1 ? " (from retention checkpoint)" : ""}`
    : `BROKEN  ${r.slug}: first broken seq ${r.broken!.seq} — ${r.broken!.reason}`);
}
const broken = reports.filter((r) => !r.ok).length;
console.log(broken ? `${broken} of ${reports.length} chains broken.` : `All ${reports.length} chains verified.`);
await closeDb();
process.exitCode = broken ? 1 : 0;
