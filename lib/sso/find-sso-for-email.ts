import "server-only";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoConnections, users } from "@/db/schema";
import { hostAudience } from "@/lib/auth/host-agency";
import { getConfig } from "@/lib/config";
import { connectionUrls } from "./connection-urls";

/**
 * The login page's "Continue with single sign-on": a connection of this host's tenant that lists
 * the email's domain. On a portal, the agency's client connections; on the console (shared by
 * every agency) only the staff connection of an agency this email is staff of, so no agency can
 * draw another agency's staff to its own IdP by listing their domain.
 */
export async function findSsoForEmail(rawEmail: string, host: string | null): Promise<{ startUrl: string } | null> {
  const email = rawEmail.trim().toLowerCase();
  const domain = /^[^@\s]+@([a-z0-9.-]+\.[a-z]{2,63})$/.exec(email)?.[1];
  if (!domain || email.length > 320) return null;
  const audience = await hostAudience(host);
  if (audience.kind === "unknown") return null;
  const db = await getDb();
  const listsDomain = sql`${ssoConnections.domains} @> ${JSON.stringify([domain])}::jsonb`;
  if (audience.kind === "portal") {
    const [row] = await db
      .select({ id: ssoConnections.id })
      .from(ssoConnections)
      .where(and(eq(ssoConnections.agencyId, audience.agency.id), isNotNull(ssoConnections.clientId), listsDomain))
      .orderBy(asc(ssoConnections.createdAt))
      .limit(1);
    // The request's own origin: the portal host or custom domain the person is on.
    return row ? { startUrl: connectionUrls(`${getConfig().appUrl.protocol}//${host}`, row.id).startUrl } : null;
  }
  const [row] = await db
    .select({ id: ssoConnections.id })
    .from(ssoConnections)
    .innerJoin(users, eq(users.agencyId, ssoConnections.agencyId))
    .where(
      and(
        isNull(ssoConnections.clientId),
        listsDomain,
        eq(users.kind, "agency"),
        eq(users.status, "active"),
        sql`lower(${users.email}) = ${email}`,
      ),
    )
    .orderBy(asc(ssoConnections.createdAt))
    .limit(1);
  return row ? { startUrl: connectionUrls(getConfig().appUrl.origin, row.id).startUrl } : null;
}
