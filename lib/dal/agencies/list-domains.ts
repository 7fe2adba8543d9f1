import "server-only";
import { asc, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencyDomains } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { toDomainDto, type DomainDto } from "./domain-dto";

export async function listDomains(actor: Actor): Promise<DomainDto[]> {
  const staff = requireStaff(actor, "settings.manage");
  return withTenant(staff.agencyId, async (db) => {
    const rows = await db
      .select()
      .from(agencyDomains)
      .where(eq(agencyDomains.agencyId, staff.agencyId))
      .orderBy(asc(agencyDomains.domain));
    return rows.map(toDomainDto);
  });
}
