import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { integrations, webhookDeliveries } from "@/db/schema";
import { backoffMs } from "@/lib/audit/deliver-outbox";
import { getConfig } from "@/lib/config";
import { secretBox } from "@/lib/crypto/secret-box";
import { deliverWebhook, type WebhookEvent } from "@/lib/webhooks/deliver-webhook";
import { instanceId } from "../instance-id";

// A batch is sent a few at a time and must finish well inside the lease: 20 rows, 4 at once,
// 5 s timeout each → at most 25 s against a lease of at least 10 s (default 120).
const BATCH = 20;
const PARALLEL = 4;
// 10 s, 20 s … capped at an hour: about ten hours of retries, then the event is given up.
export const MAX_WEBHOOK_ATTEMPTS = 15;

type Claimed = { id: number; integration_id: string; event: WebhookEvent; attempts: number };

/**
 * One round of the client-webhook worker: rows are claimed with FOR UPDATE SKIP LOCKED and leased
 * to this instance (next_attempt_at pushed ahead, claimed_by set) in one statement, then sent with
 * no transaction open. Of N instances, each row goes to one; one that dies mid-send leaves its
 * rows to the others once the lease ends (at-least-once: receivers dedupe on Webhook-Id). A sent
 * row is kept as delivered (the integrations page lists recent deliveries); a failed one backs
 * off, and after the last attempt stays as failed; the webhook shows its last error.
 */
export async function deliverWebhookOutbox(db: Db, opts: { now?: Date; limit?: number } = {}) {
  const now = opts.now ?? new Date();
  const claimed = rowsOf<Claimed>(
    await db.execute(sql`
    update webhook_deliveries set next_attempt_at = ${new Date(now.getTime() + getConfig().workerLeaseMs).toISOString()}::timestamptz,
      claimed_by = ${instanceId()}
    where id in (
      select id from webhook_deliveries where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
      order by id limit ${opts.limit ?? BATCH}
      for update skip locked)
    returning id, integration_id, event, attempts`),
  );
  if (claimed.length === 0) return { claimed: 0, delivered: 0, failed: 0 };
  const hooks = await db
    .select()
    .from(integrations)
    .where(inArray(integrations.id, [...new Set(claimed.map((c) => c.integration_id))]));
  const hookById = new Map(hooks.map((h) => [h.id, h]));
  let delivered = 0;
  let failed = 0;
  const queue = [...claimed].sort((a, b) => a.id - b.id);
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        const outcome = await sendOne(db, row, hookById.get(row.integration_id), now);
        if (outcome) delivered++;
        else failed++;
      }
    }),
  );
  return { claimed: claimed.length, delivered, failed };
}

async function sendOne(
  db: Db,
  row: Claimed,
  hook: typeof integrations.$inferSelect | undefined,
  now: Date,
): Promise<boolean> {
  // A webhook disconnected (or no longer one) since the event was queued gets nothing more.
  if (!hook || hook.kind !== "webhook" || hook.status === "disconnected" || !hook.secretCiphertext) {
    await db
      .update(webhookDeliveries)
      .set({ status: "failed", claimedBy: null, lastError: "The webhook was disconnected before this event was sent." })
      .where(eq(webhookDeliveries.id, row.id));
    return false;
  }
  let result: Awaited<ReturnType<typeof deliverWebhook>>;
  try {
    const secret = secretBox().open(hook.secretCiphertext, hook.id);
    result = await deliverWebhook({
      url: hook.config.url ?? "",
      secret,
      event: row.event,
      allowPrivate: getConfig().allowPrivateWebhooks,
    });
  } catch {
    result = {
      delivered: false,
      error: "The stored signing secret can no longer be read: rotate the secret.",
      durationMs: 0,
    };
  }
  const attempts = row.attempts + 1;
  await db.transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set(
        result.delivered
          ? { attempts, status: "delivered", deliveredAt: now, lastAttemptAt: now, lastError: null, claimedBy: null }
          : {
              attempts,
              status: attempts >= MAX_WEBHOOK_ATTEMPTS ? "failed" : "pending",
              nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
              lastAttemptAt: now,
              lastError: result.error,
              claimedBy: null,
            },
      )
      .where(eq(webhookDeliveries.id, row.id));
    await tx
      .update(integrations)
      .set(
        result.delivered
          ? { lastEventAt: now, lastError: null, status: "connected" }
          : {
              lastError:
                attempts >= MAX_WEBHOOK_ATTEMPTS ? `${result.error} Gave up after ${attempts} attempts.` : result.error,
              status: "error",
            },
      )
      .where(eq(integrations.id, hook.id));
  });
  return result.delivered;
}
