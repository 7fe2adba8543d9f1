import { ConfigError, getConfig } from "@/lib/config";
import { bootstrapDatabase, closeDatabaseBeforeExit } from "@/db/bootstrap";
import { startBackgroundJobs, stopBackgroundJobs } from "@/lib/jobs/background-jobs";
import { auditHmacKey, auditSigningKey } from "@/lib/audit/audit-keys";
import { installPageCache } from "@/lib/page-cache/install-page-cache";
import { peerHeaderName } from "@/lib/net/request-client-address";

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
  // Plain `next start` cannot tell a client's address from one the client made up: every
  // throttle and audit row would be keyed on "unknown". Production runs only behind our server.
  if (getConfig().isProduction && !peerHeaderName()) {
    console.error(
      "Start the app with `npm start` (scripts/server.mjs), not `next start`: only it records the client's address.",
    );
    process.exit(1);
  }
  await bootstrapDatabase();
  installPageCache();
  startBackgroundJobs();
  closeDatabaseBeforeExit(stopBackgroundJobs);
}
