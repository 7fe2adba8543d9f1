import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ssoConnections } from "@/db/schema";

/** What a member of an SSO-only tenant reads when a password path is refused (SPEC §11). */
export const SSO_ONLY_MESSAGE = "Your organisation signs in with single sign-on.";

/**
 * Whether a tenant (the agency's staff when clientId is null, else one client's users) signs in
 * only through single sign-on: one of its connections is enforced.
 */
export async function isSsoOnly(db: Queryable, agencyId: string, clientId: string | null): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(ssoConnections)
    .where(
      and(
        eq(ssoConnections.agencyId, agencyId),
        clientId ? eq(ssoConnections.clientId, clientId) : isNull(ssoConnections.clientId),
        eq(ssoConnections.enforced, true),
      ),
    )
    .limit(1);
  return !!row;
}

/**
 * Owners of the agency keep a password sign-in when staff are SSO-only ("break-glass"), so an IdP
 * outage never locks the agency out. Audited as such on every use, and only with the owner's
 * second factor (lib/auth/verify-credentials.ts): an owner without one is refused.
 */
export function mayBreakGlass(user: { kind: string; role: string }): boolean {
  return user.kind === "agency" && user.role === "owner";
}
