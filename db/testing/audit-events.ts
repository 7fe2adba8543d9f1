import { and, asc, eq, gt } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, auditHeads } from "@/db/schema";

/** The agency's last seq now: take it before an action, then look at what the action wrote. */
export async function auditMark(agencyId: string): Promise<number> {
  const db = await getDb();
  const [head] = await db
    .select({ lastSeq: auditHeads.lastSeq })
    .from(auditHeads)
    .where(eq(auditHeads.agencyId, agencyId));
  return head?.lastSeq ?? 0;
}

export async function auditEventsSince(agencyId: string, mark: number) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.agencyId, agencyId), gt(auditEvents.seq, mark)))
    .orderBy(asc(auditEvents.seq));
}

type Expected = {
  action: string;
  actorId?: string | null;
  actorEmail?: string | null;
  actorType?: string;
  target?: { type: string | null; id: string | null };
  clientId?: string | null;
  outcome?: string;
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown>;
};

/**
 * Completeness check: since the mark, exactly one event with this action, and it names the right
 * actor, target, client and outcome. Returns it for further checks.
 */
export async function expectOneAuditEvent(agencyId: string, mark: number, expected: Expected) {
  const events = (await auditEventsSince(agencyId, mark)).filter((e) => e.action === expected.action);
  expect(events, `exactly one ${expected.action} event`).toHaveLength(1);
  const [event] = events;
  const { target, details, ...rest } = expected;
  expect(event).toMatchObject(rest);
  if (target) expect({ type: event.targetType, id: event.targetId }).toEqual(target);
  if (details) expect(event.details).toMatchObject(details);
  return event;
}
