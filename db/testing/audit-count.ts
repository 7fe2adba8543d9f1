import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema";

/** How many audit events of one action name this target (e.g. one call): tests assert "exactly one per action". */
export async function auditCount(action: string, targetId?: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), targetId ? eq(auditEvents.targetId, targetId) : undefined));
  return row.n;
}

export async function lastAudit(action: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(sql`${auditEvents.seq} desc`)
    .limit(1);
  return row;
}
