import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { auditDestinations } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";

/** Removes a destination; its undelivered events go with it (they stay in the log itself). */
export async function deleteAuditDestination(actor: Actor, destinationId: string) {
  const staff = requireStaff(actor, "settings.manage");
  if (!isUuid(destinationId)) throw notFound("Destination not found");
  return withTenant(staff.agencyId, async (tx) => {
    const [row] = await tx
      .delete(auditDestinations)
      .where(and(eq(auditDestinations.agencyId, staff.agencyId), eq(auditDestinations.id, destinationId)))
      .returning();
    if (!row) throw notFound("Destination not found");
    const url = new URL(row.url);
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "audit_destination_removed",
      target: { type: "audit_destination", id: row.id },
      details: { before: { kind: row.kind, name: row.name, url: `${url.origin}${url.pathname}` } },
    });
    return { id: row.id };
  });
}
