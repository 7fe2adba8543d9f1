import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import { revokeSessionsOfUsers } from "./revoke-user-sessions";

/**
 * Ends every session of a client's users inside the caller's transaction (portal suspension):
 * re-enabling the portal later must not revive a session opened before it was suspended — a
 * stolen or forgotten cookie would otherwise come back to life. Users sign in again. Staff
 * previews of the client are the agency's own sessions and stay. Returns how many ended.
 */
export function revokeClientSessions(tx: Queryable, clientId: string): Promise<number> {
  return revokeSessionsOfUsers(tx, eq(users.clientId, clientId));
}
