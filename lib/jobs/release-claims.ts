import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { instanceId } from "./instance-id";

/**
 * Shutdown: hands back whatever this instance still holds — outbox rows it claimed but did not
 * finish, and periodic-job leases — so another instance takes them now rather than when the
 * leases run out. (A crash skips this; the leases then expire on their own.)
 */
export async function releaseClaims(db: Db) {
  const me = instanceId();
  await db.transaction(async (tx) => {
    await tx.execute(sql`update audit_outbox set next_attempt_at = now(), claimed_by = null where claimed_by = ${me}`);
    await tx.execute(
      sql`update webhook_deliveries set next_attempt_at = now(), claimed_by = null where claimed_by = ${me}`,
    );
    await tx.execute(
      sql`update provider_events set next_attempt_at = now(), claimed_by = null where claimed_by = ${me} and status = 'pending'`,
    );
    await tx.execute(
      sql`update recording_fetches set next_attempt_at = now(), claimed_by = null where claimed_by = ${me} and status = 'pending'`,
    );
    await tx.execute(sql`update job_leases set locked_by = null, locked_until = null where locked_by = ${me}`);
  });
}
