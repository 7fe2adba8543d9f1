import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, mailOutbox } from "@/db/schema";

/** The newest outbox email to an address, and the link token in it (tests run without SMTP_URL). */
export async function lastMailTo(to: string) {
  const db = await getDb();
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  if (!row) throw new Error(`No email to ${to}`);
  const token = /token=([A-Za-z0-9_-]{43})/.exec(row.text)?.[1];
  return { ...row, token: token ?? "" };
}

/** How many audit events of this action name this target. */
export async function auditCount(action: string, targetId?: string | null) {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), targetId ? eq(auditEvents.targetId, targetId) : undefined));
  return Number(row.n);
}
