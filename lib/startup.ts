import { ConfigError, getConfig } from "@/lib/config";
import { bootstrapDatabase } from "@/db/bootstrap";
import { startAuditJobs } from "@/lib/audit/background-jobs";
import { auditHmacKey, auditSigningKey } from "@/lib/audit/audit-keys";

/** Server start: a bad environment value stops the process with a message naming it. */
export async function startServer() {
  try {
    getConfig();
    // Both audit keys now (generated in DATA_DIR when unset), so a bad one stops the start.
    auditHmacKey();
    auditSigningKey();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  await bootstrapDatabase();
  startAuditJobs();
}
