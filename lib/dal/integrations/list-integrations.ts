import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { integrations } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { toIntegrationDto, type IntegrationDto } from "./integration-dto";

/** The client's integrations, CRM first, then calendars, then webhooks. */
export async function listIntegrations(actor: Actor): Promise<IntegrationDto[]> {
  const client = requireClient(actor, "integrations.read");
  return withTenant(client.agencyId, async (db) => {
    const rows = await db
      .select()
      .from(integrations)
      .where(and(eq(integrations.agencyId, client.agencyId), eq(integrations.clientId, client.clientId)))
      .orderBy(
        sql`case ${integrations.kind} when 'crm' then 0 when 'calendar' then 1 else 2 end`,
        asc(integrations.createdAt),
        asc(integrations.id),
      );
    return rows.map(toIntegrationDto);
  });
}
