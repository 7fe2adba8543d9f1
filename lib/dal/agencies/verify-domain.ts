import "server-only";
import { resolveCname } from "node:dns/promises";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencyDomains } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { cnameTarget, toDomainDto, type DomainDto } from "./domain-dto";

/**
 * Checks a domain's CNAME against the portal root and marks it verified when it matches.
 * The DNS answer comes before the transaction, so no lock waits on the network.
 */
export async function verifyDomain(actor: Actor, domainId: string): Promise<DomainDto & { found: string[] }> {
  const staff = requireStaff(actor, "settings.manage");
  if (!isUuid(domainId)) throw notFound("Domain not found");
  // No transaction is held open across the DNS look-up.
  const [current] = await withTenant(staff.agencyId, (db) =>
    db
      .select()
      .from(agencyDomains)
      .where(and(eq(agencyDomains.agencyId, staff.agencyId), eq(agencyDomains.id, domainId))),
  );
  if (!current) throw notFound("Domain not found");
  if (current.verifiedAt) return { ...toDomainDto(current), found: [] };
  const found = (await resolveCname(current.domain).catch(() => [] as string[])).map((t) =>
    t.toLowerCase().replace(/\.$/, ""),
  );
  if (!found.includes(cnameTarget().toLowerCase())) return { ...toDomainDto(current), found };
  return withTenant(staff.agencyId, async (tx) => {
    const [row] = await tx
      .update(agencyDomains)
      .set({ verifiedAt: new Date() })
      .where(and(eq(agencyDomains.agencyId, staff.agencyId), eq(agencyDomains.id, domainId)))
      .returning();
    if (!row) throw notFound("Domain not found");
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "domain_verified",
      target: { type: "domain", id: row.id },
      details: { domain: row.domain, cname: found },
    });
    return { ...toDomainDto(row), found };
  });
}
