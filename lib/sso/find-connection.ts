import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoConnections } from "@/db/schema";
import { hostAudience } from "@/lib/auth/host-agency";
import { isUuid } from "@/lib/uuid";

export type SsoConnection = typeof ssoConnections.$inferSelect;

/**
 * The connection a sign-in route names, if it belongs to the host it was called on: a staff
 * connection on the console, a client's on its agency's portal host or verified custom domain.
 * Anywhere else it does not exist (404), so a connection's URLs cannot be replayed on another host.
 */
export async function findConnectionForHost(id: string, host: string | null): Promise<SsoConnection | null> {
  if (!isUuid(id)) return null;
  const audience = await hostAudience(host);
  if (audience.kind === "unknown") return null;
  const db = await getDb();
  const [row] = await db.select().from(ssoConnections).where(eq(ssoConnections.id, id));
  if (!row) return null;
  if (audience.kind === "console") return row.clientId ? null : row;
  return row.clientId && row.agencyId === audience.agency.id ? row : null;
}
