import "server-only";
import { asc, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { ssoConnections } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { canEditClient } from "@/lib/authz/guards";
import { hasStaffCapability } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { connectionOrigin } from "@/lib/sso/connection-urls";
import { connectionDto } from "./connection-dto";

/**
 * The connections the actor may configure: the staff's own (owners, admins) and those of every
 * client they may edit; `clientId` narrows to one tenant ("" = the staff's). Small per tenant, so
 * one page with nextCursor null.
 */
export async function listSsoConnections(actor: Actor, filter: { clientId?: string | null } = {}) {
  if (actor.kind !== "agency") throw notFound();
  return withTenant(actor.agencyId, async (tx) => {
    const rows = await tx
      .select()
      .from(ssoConnections)
      .where(eq(ssoConnections.agencyId, actor.agencyId))
      .orderBy(asc(ssoConnections.createdAt), asc(ssoConnections.id));
    const visible = rows
      .filter((r) => (r.clientId ? canEditClient(actor, r.clientId) : hasStaffCapability(actor, "settings.manage")))
      .filter((r) => filter.clientId === undefined || r.clientId === (filter.clientId || null));
    const origins = new Map<string, string>();
    const items = [];
    for (const row of visible) {
      const key = row.clientId ?? "";
      if (!origins.has(key)) origins.set(key, await connectionOrigin(tx, actor.agencyId, row.clientId));
      items.push(connectionDto(row, origins.get(key)!));
    }
    return { items, nextCursor: null };
  });
}
