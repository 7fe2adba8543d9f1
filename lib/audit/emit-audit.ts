import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditDestinations, auditEvents, auditHeads, auditOutbox } from "@/db/schema";
import { AUDIT_ACTIONS, type AuditAction } from "./actions";
import { auditHmacKey } from "./audit-keys";
import { GENESIS_HASH, hashEvent } from "./hash-event";
import { macEvent } from "./mac-event";

export type AuditActor = {
  type: "user" | "api_key" | "scim" | "system";
  id: string | null;
  email: string | null;
  ip: string | null;
  userAgent: string | null;
  /** The session behind the action; only a digest of it is stored (the id itself is a credential). */
  sessionId?: string | null;
};

export type AuditEventInput = {
  action: AuditAction;
  target?: { type: string; id: string | null };
  clientId?: string | null;
  outcome?: "success" | "failure" | "denied";
  details?: Record<string, unknown>;
};

/**
 * Appends one event to the agency's chain inside the caller's transaction, so an event exists
 * exactly when its change does. The head row is locked (an upsert that creates it on the first
 * event, else a no-op update that takes the row lock): concurrent writers of one agency queue
 * there, which keeps seq gapless and the chain linear. The event, the new head and one outbox row
 * per enabled SIEM destination (so streaming loses nothing) are then written by ONE statement:
 * two round trips in all, so the head is held as briefly as the chain allows. Each event carries
 * the keyed MAC of its hash (lib/audit/mac-event.ts), computed here, in Node, from a key the
 * database never sees.
 */
export async function emitAudit(tx: Queryable, agencyId: string, actor: AuditActor, event: AuditEventInput) {
  if (!AUDIT_ACTIONS.includes(event.action)) throw new Error(`Unknown audit action ${event.action}`);
  const [head] = await tx
    .insert(auditHeads)
    .values({ agencyId, lastSeq: 0, lastHash: GENESIS_HASH })
    .onConflictDoUpdate({ target: auditHeads.agencyId, set: { lastSeq: sql`${auditHeads.lastSeq}` } })
    .returning({ lastSeq: auditHeads.lastSeq, lastHash: auditHeads.lastHash });
  const fields = {
    agencyId,
    seq: Number(head.lastSeq) + 1,
    occurredAt: new Date().toISOString(),
    action: event.action,
    actorType: actor.type,
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    clientId: event.clientId ?? null,
    outcome: event.outcome ?? "success",
    ip: actor.ip,
    userAgent: actor.userAgent?.slice(0, 512) ?? null,
    sessionRef: actor.sessionId ? createHash("sha256").update(actor.sessionId).digest("hex").slice(0, 16) : null,
    details: event.details ?? {},
  };
  const hash = hashEvent(head.lastHash, fields);
  const mac = macEvent(auditHmacKey()!, hash);
  const id = randomUUID();
  const f = fields;
  await tx.execute(sql`
    with event as (
      insert into ${auditEvents} (id, agency_id, seq, occurred_at, action, actor_type, actor_id, actor_email, target_type, target_id,
        client_id, outcome, ip, user_agent, session_ref, details, prev_hash, hash, mac)
      values (${id}::uuid, ${agencyId}::uuid, ${f.seq}, ${f.occurredAt}::timestamptz, ${f.action}, ${f.actorType}, ${f.actorId}, ${f.actorEmail},
        ${f.targetType}, ${f.targetId}, ${f.clientId}::uuid, ${f.outcome}, ${f.ip}, ${f.userAgent}, ${f.sessionRef},
        ${JSON.stringify(f.details)}::jsonb, ${head.lastHash}, ${hash}, ${mac})
    ), head as (
      update ${auditHeads} set last_seq = ${f.seq}, last_hash = ${hash} where ${auditHeads.agencyId} = ${agencyId}::uuid
    )
    insert into ${auditOutbox} (destination_id, event_id)
    select ${auditDestinations.id}, ${id}::uuid from ${auditDestinations}
    where ${auditDestinations.agencyId} = ${agencyId}::uuid and ${auditDestinations.enabled}`);
  return { id, seq: fields.seq, hash, mac };
}
