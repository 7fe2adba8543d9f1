import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, mailOutbox } from "@/db/schema";
import { restoreOutboxSecret } from "@/lib/dal/mail/internal/outbox-secret";

/**
 * The newest outbox email to an address as its recipient reads it, and the link token in it
 * (tests run without SMTP_URL; the stored row holds the token sealed, not in its text).
 */
export async function lastMailTo(to: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, to))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  if (!row) throw new Error(`No email to ${to}`);
  const asSent = { ...row, ...restoreOutboxSecret(row.id, row, row.secret, true) };
  const token = /token=([A-Za-z0-9_-]{43})/.exec(asSent.text)?.[1];
  return { ...asSent, token: token ?? "" };
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
