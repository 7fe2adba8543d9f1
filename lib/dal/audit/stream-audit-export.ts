import "server-only";
import { and, asc, gt, lt } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { auditEvents } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditEventDtoColumns, toAuditEventDto } from "@/lib/audit/event-dto";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { assertDateOrder } from "@/lib/date-params";
import { parseInput } from "@/lib/validation";
import { activeFilters, AuditFilters, auditFiltersWhere, withoutBlanks } from "./audit-filters";
import { CONTENT_TYPES, EXPORT_FORMATS, formatBatch } from "./audit-export-format";

export const StreamAuditExportInput = AuditFilters.extend({
  format: z.enum(EXPORT_FORMATS, { message: "must be csv or jsonl" }).default("csv"),
});

const BATCH = 500;

/**
 * The filtered log as CSV or JSON Lines, oldest first, produced one keyset batch per pull: memory
 * stays flat and a slow download only slows the reads. The export is recorded (`audit_export`,
 * with its filters) before the first byte, and covers the events that existed at that moment.
 */
export async function streamAuditExport(actor: Actor, raw: unknown) {
  const staff = requireStaff(actor, "audit.read");
  const input = parseInput(StreamAuditExportInput, withoutBlanks(raw));
  assertDateOrder(input.from, input.to);
  const { format, ...filters } = input;
  const recorded = await withTenant(staff.agencyId, (tx) =>
    emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "audit_export",
      target: { type: "audit_log", id: staff.agencyId },
      clientId: filters.clientId ?? null,
      details: { format, filters: activeFilters(filters) },
    }),
  );
  const where = auditFiltersWhere(staff.agencyId, filters);
  let after = 0;
  let first = true;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // A transaction per batch, not one held open while the client reads slowly.
        const rows = await withTenant(staff.agencyId, (db) =>
          db
            .select(auditEventDtoColumns)
            .from(auditEvents)
            .where(and(where, gt(auditEvents.seq, after), lt(auditEvents.seq, recorded.seq)))
            .orderBy(asc(auditEvents.seq))
            .limit(BATCH),
        );
        const text = formatBatch(format, rows.map(toAuditEventDto), first && format === "csv");
        if (text) controller.enqueue(encoder.encode(text));
        first = false;
        if (rows.length < BATCH) return controller.close();
        after = rows[rows.length - 1].seq;
      },
    },
    { highWaterMark: 0 },
  );
  const day = new Date().toISOString().slice(0, 10);
  return { body, contentType: CONTENT_TYPES[format], filename: `audit-log-${staff.agencySlug}-${day}.${format}` };
}
