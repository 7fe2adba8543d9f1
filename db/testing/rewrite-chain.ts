import { and, asc, eq, gte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, auditHeads } from "@/db/schema";
import { hashEvent } from "@/lib/audit/hash-event";
import { chainRowOf } from "@/lib/audit/verify-agency-chain";

type EventRow = typeof auditEvents.$inferSelect;

/**
 * What a database owner without the audit key can do: switch the append-only trigger off, change
 * one event, recompute the plain SHA-256 chain (a public algorithm) for it and every later event,
 * move the head along, and optionally drop the MACs it cannot recompute. Returns an undo.
 */
export async function rewriteChain(
  agencyId: string,
  seq: number,
  details: Record<string, unknown>,
  opts: { dropMacs?: boolean } = {},
) {
  const db = await getDb();
  const original = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.agencyId, agencyId), gte(auditEvents.seq, seq)))
    .orderBy(asc(auditEvents.seq));
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.agencyId, agencyId));
  let prevHash = original[0].prevHash;
  const forged: EventRow[] = original.map((row) => {
    const changed = { ...row, details: row.seq === seq ? details : row.details, prevHash };
    const { prevHash: _p, hash: _h, mac: _m, ...fields } = chainRowOf(changed);
    const hash = hashEvent(prevHash, fields);
    prevHash = hash;
    return { ...changed, hash, mac: opts.dropMacs ? null : row.mac };
  });
  await writeRows(agencyId, forged, prevHash);
  return () => writeRows(agencyId, original, head.lastHash);
}

async function writeRows(agencyId: string, rows: EventRow[], lastHash: string) {
  const db = await getDb();
  await db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
  try {
    for (const row of rows) {
      await db
        .update(auditEvents)
        .set({ details: row.details, prevHash: row.prevHash, hash: row.hash, mac: row.mac })
        .where(eq(auditEvents.id, row.id));
    }
    await db.update(auditHeads).set({ lastHash }).where(eq(auditHeads.agencyId, agencyId));
  } finally {
    await db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
  }
}
