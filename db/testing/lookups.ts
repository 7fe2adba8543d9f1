import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies, aiAgents, clients, users } from "@/db/schema";

export async function clientIdOf(name: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ id: clients.id }).from(clients).where(eq(clients.name, name));
  if (!row) throw new Error(`No client ${name}`);
  return row.id;
}

export async function agentIdsOf(clientName: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.select({ id: aiAgents.id }).from(aiAgents).innerJoin(clients, eq(clients.id, aiAgents.clientId)).where(eq(clients.name, clientName));
  return rows.map((r) => r.id);
}

/** Active users with this email in an agency (by slug). */
export async function usersWithEmail(email: string, slug = "acme") {
  const db = await getDb();
  return db
    .select({ id: users.id, role: users.role, kind: users.kind, clientId: users.clientId, status: users.status, sessionVersion: users.sessionVersion })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, eq(agencies.slug, slug), eq(users.status, "active")));
}

export async function userIdOf(email: string, slug = "acme"): Promise<string> {
  const [row] = await usersWithEmail(email, slug);
  if (!row) throw new Error(`No user ${email}`);
  return row.id;
}
