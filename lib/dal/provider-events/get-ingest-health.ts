import "server-only";
import { and, count, desc, eq, gte, inArray, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { calls, providerEvents, recordingFetches } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { isUuid } from "@/lib/uuid";

export type IngestHealthDto = {
  last24h: { received: number; processed: number; failed: number; pending: number };
  failedEvents: { id: string; eventType: string; providerCallId: string; error: string; receivedAt: string }[];
  recordingProblems: { callId: string; status: "expired" | "failed" | "pending"; error: string; updatedAt: string }[];
};

/**
 * How a provider connection's calls are coming in (SPEC §13 "connection's health"): counts of the
 * last day's events, the most recent events the worker could not use, with their error, and the
 * recordings that could not be copied yet. For the staff who manage provider connections.
 */
export async function getIngestHealth(actor: Actor, connectionId: string): Promise<IngestHealthDto> {
  const staff = requireStaff(actor, "settings.manage");
  const empty: IngestHealthDto = {
    last24h: { received: 0, processed: 0, failed: 0, pending: 0 },
    failedEvents: [],
    recordingProblems: [],
  };
  if (!isUuid(connectionId)) return empty;
  return withTenant(staff.agencyId, async (db) => {
    const mine = and(eq(providerEvents.agencyId, staff.agencyId), eq(providerEvents.connectionId, connectionId));
    const since = new Date(Date.now() - 24 * 3600 * 1000);
    const byStatus = await db
      .select({ status: providerEvents.status, n: count() })
      .from(providerEvents)
      .where(and(mine, gte(providerEvents.receivedAt, since)))
      .groupBy(providerEvents.status);
    const n = (s: string) => Number(byStatus.find((r) => r.status === s)?.n ?? 0);
    const failed = await db
      .select()
      .from(providerEvents)
      .where(and(mine, eq(providerEvents.status, "failed")))
      .orderBy(desc(providerEvents.id))
      .limit(20);
    // Retried events that keep failing (an agent not synced yet) are shown too, with their error.
    const stuck = await db
      .select()
      .from(providerEvents)
      .where(and(mine, eq(providerEvents.status, "pending"), sql`${providerEvents.error} is not null`))
      .orderBy(desc(providerEvents.id))
      .limit(20);
    const recordings = await db
      .select({
        callId: recordingFetches.callId,
        status: recordingFetches.status,
        error: recordingFetches.lastError,
        updatedAt: recordingFetches.updatedAt,
      })
      .from(recordingFetches)
      .innerJoin(calls, eq(calls.id, recordingFetches.callId))
      .where(
        and(
          eq(recordingFetches.agencyId, staff.agencyId),
          eq(recordingFetches.connectionId, connectionId),
          inArray(recordingFetches.status, ["expired", "failed", "pending"]),
          sql`${recordingFetches.lastError} is not null`,
        ),
      )
      .orderBy(desc(recordingFetches.updatedAt))
      .limit(20);
    return {
      last24h: {
        received: byStatus.reduce((sum, r) => sum + Number(r.n), 0),
        processed: n("processed") + n("ignored"),
        failed: n("failed"),
        pending: n("pending"),
      },
      failedEvents: [...failed, ...stuck]
        .sort((a, b) => b.id - a.id)
        .slice(0, 20)
        .map((e) => ({
          id: String(e.id),
          eventType: e.eventType,
          providerCallId: e.providerCallId,
          error: e.error ?? "",
          receivedAt: e.receivedAt.toISOString(),
        })),
      recordingProblems: recordings.map((r) => ({
        callId: r.callId,
        status: r.status,
        error: r.error ?? "",
        updatedAt: r.updatedAt.toISOString(),
      })),
    };
  });
}
