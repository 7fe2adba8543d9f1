import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { auditDestinations, auditOutbox } from "@/db/schema";
import { openDestinationSecret } from "@/lib/audit/destination-secret";
import { emitAudit } from "@/lib/audit/emit-audit";
import type { StreamedAuditEvent } from "@/lib/audit/event-dto";
import { sendToDestination } from "@/lib/audit/send-to-destination";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { toDestinationDto } from "./destination-dto";

/**
 * "Send test": posts one synthetic event (marked `test: true`, outside the chain) the way real
 * ones go, and records the answer as the destination's health. A success also makes any backlog
 * due now, so fixing a receiver and testing it flushes what waited.
 */
export async function testAuditDestination(actor: Actor, destinationId: string) {
  const staff = requireStaff(actor, "settings.manage");
  if (!isUuid(destinationId)) throw notFound("Destination not found");
  const where = and(eq(auditDestinations.agencyId, staff.agencyId), eq(auditDestinations.id, destinationId));
  // No transaction is held open across the probe's HTTP request.
  const [destination] = await withTenant(staff.agencyId, (db) => db.select().from(auditDestinations).where(where));
  if (!destination) throw notFound("Destination not found");
  const now = new Date();
  const probe: StreamedAuditEvent & { test: true } = {
    id: randomUUID(),
    seq: 0,
    occurredAt: now.toISOString(),
    action: "destination_test",
    actor: { type: "user", id: staff.userId, email: staff.email, sessionRef: null },
    target: { type: "audit_destination", id: destination.id },
    clientId: null,
    outcome: "success",
    ip: null,
    userAgent: null,
    details: { test: true },
    agencyId: staff.agencyId,
    prevHash: "",
    hash: "",
    mac: null,
    test: true,
  };
  const result = await sendProbe(destination, probe, now);
  return withTenant(staff.agencyId, async (tx) => {
    const [row] = await tx
      .update(auditDestinations)
      .set(
        result.error
          ? { failures: sql`${auditDestinations.failures} + 1`, lastError: result.error, lastErrorAt: now }
          : { failures: 0, lastSuccessAt: now },
      )
      .where(where)
      .returning();
    if (!row) throw notFound("Destination not found");
    if (!result.error)
      await tx.update(auditOutbox).set({ nextAttemptAt: now }).where(eq(auditOutbox.destinationId, row.id));
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "audit_destination_tested",
      target: { type: "audit_destination", id: row.id },
      outcome: result.error ? "failure" : "success",
      details: result.error ? { error: result.error } : {},
    });
    return { ok: !result.error, error: result.error, destination: toDestinationDto(row) };
  });
}

async function sendProbe(destination: typeof auditDestinations.$inferSelect, probe: StreamedAuditEvent, now: Date) {
  try {
    const secret = openDestinationSecret(destination.id, destination.secretCiphertext);
    return await sendToDestination({ kind: destination.kind, url: destination.url, secret }, [probe], now);
  } catch (error) {
    return { delivered: 0, error: (error as Error).message || "Sending failed" };
  }
}
