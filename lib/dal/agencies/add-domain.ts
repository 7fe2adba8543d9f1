import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencyDomains } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { domainSchema } from "@/lib/branding/domain-input";
import { getConfig } from "@/lib/config";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "../internal/unique-violation";
import { toDomainDto, type DomainDto } from "./domain-dto";

/**
 * Adds a custom portal domain. Outside production it counts as verified at once (nobody can
 * point real DNS at a laptop); in production it waits for its CNAME (see verifyDomain).
 * A domain already taken by anyone is refused without saying by whom.
 */
export async function addDomain(actor: Actor, raw: unknown): Promise<DomainDto> {
  const staff = requireStaff(actor, "settings.manage");
  const config = getConfig();
  const { domain } = parseInput(
    z.object({ domain: domainSchema(config.appHost, config.portalRootDomain) }).strict(),
    raw,
  );
  try {
    return await withTenant(staff.agencyId, async (tx) => {
      // Only this agency's own domains are visible here (row-level security); another agency's is
      // caught by the unique index below.
      const [taken] = await tx
        .select({ id: agencyDomains.id })
        .from(agencyDomains)
        .where(eq(agencyDomains.domain, domain));
      if (taken) throw conflict("That domain is already in use.");
      const [row] = await tx
        .insert(agencyDomains)
        .values({ agencyId: staff.agencyId, domain, verifiedAt: config.isProduction ? null : new Date() })
        .returning();
      await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
        action: "domain_added",
        target: { type: "domain", id: row.id },
        details: { domain, verified: row.verifiedAt !== null },
      });
      return toDomainDto(row);
    });
  } catch (error) {
    // A domain another agency has (or adds at the same moment): the unique index settles it.
    if (isUniqueViolation(error)) throw conflict("That domain is already in use.");
    throw error;
  }
}
