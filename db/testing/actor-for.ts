import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies, users } from "@/db/schema";
import { createSession } from "@/lib/auth/create-session";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor, ClientActor, StaffActor } from "@/lib/authz/actor";
import { getConfig } from "@/lib/config";

export const TEST_META = { ip: "127.0.0.1", userAgent: "vitest" };

/**
 * Signs a seeded user in the way a request does: a real session row, then the same one-query
 * loader every page and route uses, on the host the user belongs to.
 */
export async function actorFor(email: string): Promise<Actor> {
  const db = await getDb();
  const agencySlug = email.endsWith("globex.test") || email.endsWith("globexdental.test") ? "globex" : "acme";
  const [row] = await db
    .select({ id: users.id, kind: users.kind, sessionVersion: users.sessionVersion, slug: agencies.slug })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, eq(agencies.slug, agencySlug)));
  if (!row) throw new Error(`No seeded user ${email}`);
  const sessionId = await createSession(db, row.id, row.sessionVersion, TEST_META);
  const result = await loadActor(db, sessionId, hostFor(row.kind, row.slug), TEST_META);
  if (!result.ok) throw new Error(`${email} could not be loaded: ${result.reason}`);
  return result.actor;
}

export function hostFor(kind: "agency" | "client", slug: string) {
  const { appHost, portalRootDomain } = getConfig();
  return kind === "agency" ? appHost : `${slug}.${portalRootDomain}`;
}

export async function staffFor(email: string): Promise<StaffActor> {
  const actor = await actorFor(email);
  if (actor.kind !== "agency") throw new Error(`${email} is not staff`);
  return actor;
}

export async function clientUserFor(email: string): Promise<ClientActor> {
  const actor = await actorFor(email);
  if (actor.kind !== "client") throw new Error(`${email} is not a client user`);
  return actor;
}
