import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies, aiAgents, auditEvents, clients, users } from "@/db/schema";

/** A seeded client's id by its name (seeded names are unique), optionally within one agency. */
export async function clientIdOf(name: string, agencySlug?: string): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .select({ id: clients.id })
    .from(clients)
    .innerJoin(agencies, eq(agencies.id, clients.agencyId))
    .where(and(eq(clients.name, name), agencySlug ? eq(agencies.slug, agencySlug) : undefined));
  if (!row) throw new Error(`No seeded client ${name}`);
  return row.id;
}

/** The audit events with this action, oldest first: count them before and after a write. */
export async function auditRows(action: string) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.action} = ${action}`)
    .orderBy(auditEvents.seq);
}

export async function clientRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(clients).where(eq(clients.id, id));
  return row;
}

export async function agentIdsOf(clientName: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: aiAgents.id })
    .from(aiAgents)
    .innerJoin(clients, eq(clients.id, aiAgents.clientId))
    .where(eq(clients.name, clientName));
  return rows.map((r) => r.id);
}

/** Active users with this email in an agency (by slug). */
export async function usersWithEmail(email: string, slug = "acme") {
  const db = await getDb();
  return db
    .select({
      id: users.id,
      role: users.role,
      kind: users.kind,
      clientId: users.clientId,
      status: users.status,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(
      and(sql`lower(${users.email}) = ${email.toLowerCase()}`, eq(agencies.slug, slug), eq(users.status, "active")),
    );
}

export async function userIdOf(email: string, slug = "acme"): Promise<string> {
  const [row] = await usersWithEmail(email, slug);
  if (!row) throw new Error(`No user ${email}`);
  return row.id;
}
