import "server-only";
import { asc, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { providerConnections } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { toProviderConnectionDto, type ProviderConnectionDto } from "./provider-connection-dto";

/** Every connection of the agency (a handful: no paging needed, the list shape kept for SPEC §9). */
export async function listProviderConnections(
  actor: Actor,
): Promise<{ items: ProviderConnectionDto[]; nextCursor: null }> {
  const staff = requireStaff(actor, "settings.manage");
  const rows = await withTenant(staff.agencyId, (tx) =>
    tx
      .select()
      .from(providerConnections)
      .where(eq(providerConnections.agencyId, staff.agencyId))
      .orderBy(asc(providerConnections.createdAt), asc(providerConnections.id)),
  );
  return { items: rows.map(toProviderConnectionDto), nextCursor: null };
}
