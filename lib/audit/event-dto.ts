import "server-only";
import { auditEvents } from "@/db/schema";

type AuditEventRow = typeof auditEvents.$inferSelect;

/** The columns the event shape is built from (not the chain's hashes): what exports select. */
export const auditEventDtoColumns = {
  id: auditEvents.id,
  seq: auditEvents.seq,
  occurredAt: auditEvents.occurredAt,
  action: auditEvents.action,
  actorType: auditEvents.actorType,
  actorId: auditEvents.actorId,
  actorEmail: auditEvents.actorEmail,
  sessionRef: auditEvents.sessionRef,
  targetType: auditEvents.targetType,
  targetId: auditEvents.targetId,
  clientId: auditEvents.clientId,
  outcome: auditEvents.outcome,
  ip: auditEvents.ip,
  userAgent: auditEvents.userAgent,
  details: auditEvents.details,
};

type AuditEventDtoRow = Pick<AuditEventRow, keyof typeof auditEventDtoColumns>;

/** SPEC §9 audit event shape; the API, the exports and the SIEM stream all send this. */
export function toAuditEventDto(row: AuditEventDtoRow) {
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    actor: { type: row.actorType, id: row.actorId, email: row.actorEmail, sessionRef: row.sessionRef },
    target: { type: row.targetType, id: row.targetId },
    clientId: row.clientId,
    outcome: row.outcome,
    ip: row.ip,
    userAgent: row.userAgent,
    details: row.details,
  };
}

export type AuditEventDto = ReturnType<typeof toAuditEventDto>;

/**
 * What a SIEM receives: the event plus its place in the chain, so a copy can be verified outside
 * (the hashes by anyone, the MAC by whoever holds AUDIT_HMAC_KEY; a MAC reveals nothing of the key).
 */
export function toStreamedEvent(row: AuditEventRow) {
  return { ...toAuditEventDto(row), agencyId: row.agencyId, prevHash: row.prevHash, hash: row.hash, mac: row.mac };
}

export type StreamedAuditEvent = ReturnType<typeof toStreamedEvent>;
