import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencyDomains } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";

/** Removes a custom domain: its portal stops answering on the very next request. */
export async function removeDomain(actor: Actor, domainId: string): Promise<{ id: string }> {
  const staff = requireStaff(actor, "settings.manage");
  if (!isUuid(domainId)) throw notFound("Domain not found");
  return withTenant(staff.agencyId, async (tx) => {
    const [row] = await tx
      .delete(agencyDomains)
      .where(and(eq(agencyDomains.agencyId, staff.agencyId), eq(agencyDomains.id, domainId)))
      .returning();
    if (!row) throw notFound("Domain not found");
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "domain_removed",
      target: { type: "domain", id: row.id },
      details: { domain: row.domain },
    });
    return { id: row.id };
  });
}
