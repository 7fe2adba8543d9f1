import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { providerConnections } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { getConfig } from "@/lib/config";
import { secretBox, SecretBoxError } from "@/lib/crypto/secret-box";
import { MalformedEvent, normaliseEvent } from "@/lib/ingest/normalise-event";
import { applyNormalisedCall, UnplacedCall } from "./apply-normalised-call";
import { listProviderCalls, ProviderApiError } from "./list-provider-calls";

// Calls are listed from the last reconciliation minus this much: a call that ended just before
// the previous run but was listed by the provider a moment later is not missed.
export const RECONCILE_OVERLAP_MS = 15 * 60 * 1000;
// A connection never reconciled looks back a day.
const FIRST_LOOK_BACK_MS = 24 * 60 * 60 * 1000;

export type ReconcileResult = {
  connectionId: string;
  listed: number;
  stored: number;
  unplaced: number;
  error?: string;
};

/**
 * Reconciliation (SPEC §13): lists each live connection's recent calls through the provider's API
 * and upserts them like webhook events (the same normalisers and merge, as final), so a missed
 * webhook (Vapi does not retry by default) or our own downtime loses nothing, and an expired
 * recording link is replaced by the fresh one the API returns. Runs periodically over every
 * agency (lib/jobs/background-jobs.ts), or for one connection on demand.
 */
export async function reconcileProviderCalls(
  db: Db,
  opts: { now?: Date; connectionId?: string; timeoutMs?: number } = {},
): Promise<ReconcileResult[]> {
  const now = opts.now ?? new Date();
  const rows = await db
    .select()
    .from(providerConnections)
    .where(
      and(
        eq(providerConnections.demo, false),
        opts.connectionId ? eq(providerConnections.id, opts.connectionId) : undefined,
      ),
    );
  const results: ReconcileResult[] = [];
  for (const row of rows) {
    const result: ReconcileResult = { connectionId: row.id, listed: 0, stored: 0, unplaced: 0 };
    const since = new Date((row.lastSyncAt?.getTime() ?? now.getTime() - FIRST_LOOK_BACK_MS) - RECONCILE_OVERLAP_MS);
    try {
      const apiKey = secretBox().open(row.apiKeyCiphertext, row.id);
      const bodies = await listProviderCalls({ provider: row.provider, apiKey, apiBaseUrl: row.apiBaseUrl }, since, {
        allowPrivate: getConfig().allowPrivateWebhooks,
        timeoutMs: opts.timeoutMs,
      });
      result.listed = bodies.length;
      const connection = { id: row.id, agencyId: row.agencyId, provider: row.provider };
      for (const body of bodies) {
        try {
          const normalised = normaliseEvent(row.provider, body);
          if (normalised.kind !== "call") continue;
          await withTenant(row.agencyId, (tx) => applyNormalisedCall(tx, connection, normalised.call));
          result.stored++;
        } catch (error) {
          // One unreadable or unplaceable call does not stop the others; webhooks report those.
          if (error instanceof UnplacedCall || error instanceof MalformedEvent) result.unplaced++;
          else throw error;
        }
      }
    } catch (error) {
      result.error =
        error instanceof ProviderApiError
          ? error.message
          : error instanceof SecretBoxError
            ? "The stored API key can no longer be read: enter it again."
            : "Reconciliation failed; it will be tried again.";
      if (!(error instanceof ProviderApiError)) console.error("[reconciliation] failed", error);
    }
    await db
      .update(providerConnections)
      .set(
        result.error
          ? { lastError: `Call reconciliation: ${result.error}`, status: "error" }
          : { lastSyncAt: now, lastError: null, status: "connected" },
      )
      .where(eq(providerConnections.id, row.id));
    results.push(result);
  }
  return results;
}
