import { createHash, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditDestinations, auditEvents, auditHeads, auditOutbox } from "@/db/schema";
import { AUDIT_ACTIONS, type AuditAction } from "./actions";
import { GENESIS_HASH, hashEvent } from "./hash-event";

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
 * exactly when its change does. The head row is locked FOR UPDATE: concurrent writers of one
 * agency queue here, which keeps seq gapless and the chain linear. The same transaction queues the
 * event for each enabled SIEM destination (one INSERT … SELECT), so streaming loses nothing.
 */
export async function emitAudit(tx: Queryable, agencyId: string, actor: AuditActor, event: AuditEventInput) {
  if (!AUDIT_ACTIONS.includes(event.action)) throw new Error(`Unknown audit action ${event.action}`);
  await tx.insert(auditHeads).values({ agencyId, lastSeq: 0, lastHash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.agencyId, agencyId)).for("update");
  const fields = {
    agencyId,
    seq: head.lastSeq + 1,
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
  const id = randomUUID();
  await tx.insert(auditEvents).values({ ...fields, id, occurredAt: new Date(fields.occurredAt), prevHash: head.lastHash, hash });
  await tx.update(auditHeads).set({ lastSeq: sql`${auditHeads.lastSeq} + 1`, lastHash: hash }).where(eq(auditHeads.agencyId, agencyId));
  await tx.execute(sql`
    insert into ${auditOutbox} (destination_id, event_id)
    select ${auditDestinations.id}, ${id}::uuid from ${auditDestinations}
    where ${auditDestinations.agencyId} = ${agencyId} and ${auditDestinations.enabled}`);
  return { id, seq: fields.seq, hash };
}
