import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";

export type ClientSettingsDto = {
  /** The client's own zone; null while it follows the agency's. */
  timeZone: string | null;
  agencyTimeZone: string;
  /** The zone in force: the client's, else the agency's. */
  effectiveTimeZone: string;
  /** Whether the agency lets this client's admins create API keys (SPEC §12). */
  apiKeysAllowed: boolean;
};

/** The client's own settings, as its admin edits them in the portal. */
export async function getClientSettings(actor: Actor): Promise<ClientSettingsDto> {
  const viewer = requireClient(actor, "settings.manage");
  return withTenant(viewer.agencyId, async (db) => {
    const [row] = await db
      .select({ timeZone: clients.timeZone, agencyTimeZone: agencies.timeZone, apiKeysAllowed: clients.apiKeysAllowed })
      .from(clients)
      .innerJoin(agencies, eq(agencies.id, clients.agencyId))
      .where(and(eq(clients.agencyId, viewer.agencyId), eq(clients.id, viewer.clientId)));
    if (!row) throw notFound();
    return { ...row, effectiveTimeZone: row.timeZone ?? row.agencyTimeZone };
  });
}
