import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { auditDestinations } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { parseInput } from "@/lib/validation";
import { toDestinationDto } from "./destination-dto";

export const SetAuditDestinationEnabledInput = z.object({ enabled: z.boolean() }).strict();

/** Pauses or resumes streaming; while paused no event is queued for it, a backlog waits. */
export async function setAuditDestinationEnabled(actor: Actor, destinationId: string, raw: unknown) {
  const staff = requireStaff(actor, "settings.manage");
  if (!isUuid(destinationId)) throw notFound("Destination not found");
  const { enabled } = parseInput(SetAuditDestinationEnabledInput, raw);
  return withTenant(staff.agencyId, async (tx) => {
    const where = and(eq(auditDestinations.agencyId, staff.agencyId), eq(auditDestinations.id, destinationId));
    const [before] = await tx.select().from(auditDestinations).where(where).for("update");
    if (!before) throw notFound("Destination not found");
    if (before.enabled === enabled) return toDestinationDto(before);
    const [row] = await tx.update(auditDestinations).set({ enabled }).where(where).returning();
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "audit_destination_updated",
      target: { type: "audit_destination", id: row.id },
      details: { before: { enabled: before.enabled }, after: { enabled } },
    });
    return toDestinationDto(row);
  });
}
