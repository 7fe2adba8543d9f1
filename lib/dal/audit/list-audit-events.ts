import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { auditEvents, clients } from "@/db/schema";
import { toAuditEventDto } from "@/lib/audit/event-dto";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { seqCursor } from "@/lib/dal/internal/list-params";
import { assertDateOrder } from "@/lib/date-params";
import { parseInput } from "@/lib/validation";
import { AuditFilters, auditFiltersWhere, withoutBlanks } from "./audit-filters";

export const ListAuditEventsInput = AuditFilters.extend({
  cursor: seqCursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * The agency's audit log, newest first, keyset-paginated on seq (the cursor is the last seq
 * shown): a page costs the same at the millionth event as at the first.
 */
export async function listAuditEvents(actor: Actor, raw: unknown) {
  const staff = requireStaff(actor, "audit.read");
  const input = parseInput(ListAuditEventsInput, withoutBlanks(raw));
  assertDateOrder(input.from, input.to);
  return withTenant(staff.agencyId, async (db) => {
    const rows = await db
      .select({ event: auditEvents, clientName: clients.name })
      .from(auditEvents)
      .leftJoin(clients, and(eq(clients.id, auditEvents.clientId), eq(clients.agencyId, staff.agencyId)))
      .where(
        and(
          auditFiltersWhere(staff.agencyId, input),
          input.cursor ? lt(auditEvents.seq, Number(input.cursor)) : undefined,
        ),
      )
      .orderBy(desc(auditEvents.seq))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    return {
      items: page.map((r) => ({ ...toAuditEventDto(r.event), clientName: r.clientName })),
      nextCursor: rows.length > input.limit ? String(page[page.length - 1].event.seq) : null,
    };
  });
}

export type AuditEventListItem = Awaited<ReturnType<typeof listAuditEvents>>["items"][number];
