import "server-only";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { auditEvents, calls, users } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { seqCursor } from "@/lib/dal/internal/list-params";
import { parseInput } from "@/lib/validation";
import { withoutBlanks } from "./audit-filters";

export const ACCESS_ACTIONS = ["transcript_view", "recording_play", "recording_download"] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export const ListClientAccessLogInput = z.object({
  callId: z.uuid({ message: "must be a call id" }).optional(),
  cursor: seqCursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/**
 * "Who read or played our calls" for a client admin: transcript views, recording plays and
 * downloads of this client's calls by anyone — its own users and the agency's staff. Tenant and
 * client are in the WHERE clause; with a call id it is one range of (client_id, action, target_id).
 * IPs and user agents stay with the agency.
 */
export async function listClientAccessLog(actor: Actor, raw: unknown = {}) {
  const client = requireClient(actor, "access_log.read");
  const input = parseInput(ListClientAccessLogInput, withoutBlanks(raw));
  const { rows, page, kinds, callsById } = await withTenant(client.agencyId, async (db) => {
    const rows = await db
      .select({
        id: auditEvents.id,
        seq: auditEvents.seq,
        occurredAt: auditEvents.occurredAt,
        action: auditEvents.action,
        actorId: auditEvents.actorId,
        actorType: auditEvents.actorType,
        actorEmail: auditEvents.actorEmail,
        callId: auditEvents.targetId,
      })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.agencyId, client.agencyId),
          eq(auditEvents.clientId, client.clientId),
          inArray(auditEvents.action, [...ACCESS_ACTIONS]),
          input.callId ? eq(auditEvents.targetId, input.callId) : undefined,
          input.cursor ? lt(auditEvents.seq, Number(input.cursor)) : undefined,
        ),
      )
      .orderBy(desc(auditEvents.seq))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const [kinds, callsById] = await Promise.all([
      actorKinds(db, client.agencyId, page),
      callsOf(db, client.agencyId, client.clientId, page),
    ]);
    return { rows, page, kinds, callsById };
  });
  return {
    items: page.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      action: r.action as AccessAction,
      // A key's entry names the key (its name is stored where a person's e-mail would be).
      actor: {
        email: r.actorEmail,
        kind: r.actorType === "api_key" ? ("api_key" as const) : (r.actorId && kinds.get(r.actorId)) || null,
      },
      call: r.callId ? (callsById.get(r.callId) ?? { id: r.callId, startedAt: null, callerNumber: null }) : null,
    })),
    nextCursor: rows.length > input.limit ? String(page[page.length - 1].seq) : null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidsOf = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v && UUID.test(v)))];

// Two small look-ups by primary key instead of joins on text = uuid casts that no index serves.
async function actorKinds(db: Queryable, agencyId: string, page: { actorId: string | null }[]) {
  const ids = uuidsOf(page.map((r) => r.actorId));
  if (ids.length === 0) return new Map<string, "agency" | "client">();
  const rows = await db
    .select({ id: users.id, kind: users.kind })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), inArray(users.id, ids)));
  return new Map(rows.map((r) => [r.id, r.kind]));
}

async function callsOf(db: Queryable, agencyId: string, clientId: string, page: { callId: string | null }[]) {
  const ids = uuidsOf(page.map((r) => r.callId));
  if (ids.length === 0) return new Map<string, { id: string; startedAt: string | null; callerNumber: string | null }>();
  const rows = await db
    .select({ id: calls.id, startedAt: calls.startedAt, callerNumber: calls.callerNumber })
    .from(calls)
    .where(and(eq(calls.agencyId, agencyId), eq(calls.clientId, clientId), inArray(calls.id, ids)));
  return new Map(
    rows.map((r) => [r.id, { id: r.id, startedAt: r.startedAt.toISOString(), callerNumber: r.callerNumber }]),
  );
}

export type AccessLogItem = Awaited<ReturnType<typeof listClientAccessLog>>["items"][number];
