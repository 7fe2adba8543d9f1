import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencies } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

export const MIN_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 3650;

export const UpdateAuditRetentionInput = z
  .object({
    retentionDays: z.coerce
      .number({ message: "must be a number of days" })
      .int("must be a whole number of days")
      .min(MIN_RETENTION_DAYS, `must be at least ${MIN_RETENTION_DAYS} days`)
      .max(MAX_RETENTION_DAYS, `must be at most ${MAX_RETENTION_DAYS} days (10 years)`),
  })
  .strict();

/** How long the agency keeps its audit log; the purge job applies it. */
export async function updateAuditRetention(actor: Actor, raw: unknown) {
  const staff = requireStaff(actor, "settings.manage");
  const input = parseInput(UpdateAuditRetentionInput, raw);
  return withTenant(staff.agencyId, async (tx) => {
    const [agency] = await tx
      .select({ retentionDays: agencies.auditRetentionDays })
      .from(agencies)
      .where(eq(agencies.id, staff.agencyId))
      .for("update");
    if (!agency) throw notFound();
    if (agency.retentionDays === input.retentionDays) return { retentionDays: agency.retentionDays };
    await tx.update(agencies).set({ auditRetentionDays: input.retentionDays }).where(eq(agencies.id, staff.agencyId));
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "retention_policy_change",
      target: { type: "agency", id: staff.agencyId },
      details: { before: { retentionDays: agency.retentionDays }, after: { retentionDays: input.retentionDays } },
    });
    return { retentionDays: input.retentionDays };
  });
}
