import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies, auditEvents, clients } from "@/db/schema";

/** A seeded client's id by its name and agency slug. */
export async function clientIdOf(name: string, agencySlug = "acme"): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .select({ id: clients.id })
    .from(clients)
    .innerJoin(agencies, eq(agencies.id, clients.agencyId))
    .where(and(eq(clients.name, name), eq(agencies.slug, agencySlug)));
  if (!row) throw new Error(`No seeded client ${name}`);
  return row.id;
}

/** The audit events with this action, oldest first: count them before and after a write. */
export async function auditRows(action: string) {
  const db = await getDb();
  return db.select().from(auditEvents).where(sql`${auditEvents.action} = ${action}`).orderBy(auditEvents.seq);
}

export async function clientRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(clients).where(eq(clients.id, id));
  return row;
}
