import { ConfigError, getConfig } from "@/lib/config";
import { bootstrapDatabase } from "@/db/bootstrap";
import { startAuditJobs } from "@/lib/audit/background-jobs";

/** Server start: a bad environment value stops the process with a message naming it. */
export async function startServer() {
  try {
    getConfig();
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
