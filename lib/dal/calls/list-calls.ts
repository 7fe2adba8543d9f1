import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { assertDateOrder } from "@/lib/date-params";
import { forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { aiAgents, calls } from "@/db/schema";
import { callListColumns } from "./call-columns";
import { decodeCursor, cursorWhere, encodeCursor, startedAtMicros } from "./call-cursor";
import { toCallListItem } from "./call-dto";
import { CallFiltersInput, callFiltersWhere, type CallFilters } from "./call-filters";
import { visibleCallsWhere } from "./visible-calls-where";

export const ListCallsInput = CallFiltersInput.extend({
  cursor: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(200).optional()),
  limit: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(100).default(25)),
});

/**
 * The visible calls, newest first, one keyset page at a time (SPEC §6: keyset, not offset — a
 * deep page costs what the first one does, and rows arriving meanwhile never shift a page).
 * `prevCursor` lets the table step back without keeping a history of cursors.
 */
export async function listCalls(actor: Actor, raw: unknown) {
  const viewer = requireClient(actor, "calls.read");
  const input = parseInput(ListCallsInput, raw);
  assertFiltersAllowed(viewer.resolved.capabilities, input);
  const cursor = input.cursor ? decodeCursor(input.cursor) : undefined;
  const backwards = cursor?.dir === "prev";
  return withTenant(viewer.agencyId, async (db) => {
    const rows = await db
      .select({ ...callListColumns, micros: startedAtMicros })
      .from(calls)
      .innerJoin(aiAgents, eq(aiAgents.id, calls.agentId))
      .where(
        and(
          visibleCallsWhere(viewer),
          callFiltersWhere(input, {
            searchSummary: viewer.resolved.capabilities.has("calls.transcript.read"),
            timeZone: viewer.timeZone,
          }),
          cursor ? cursorWhere(cursor) : undefined,
        ),
      )
      .orderBy(...(backwards ? [asc(calls.startedAt), asc(calls.id)] : [desc(calls.startedAt), desc(calls.id)]))
      .limit(input.limit + 1);
    const more = rows.length > input.limit;
    const page = rows.slice(0, input.limit);
    if (backwards) page.reverse();
    const first = page[0];
    const last = page.at(-1);
    // Going forward there is always a way back once a cursor was used; going back, only if more rows lie that way.
    const hasNext = backwards ? true : more;
    const hasPrev = backwards ? more : Boolean(cursor);
    return {
      items: page.map(toCallListItem),
      nextCursor: hasNext && last ? encodeCursor({ micros: last.micros, id: last.id, dir: "next" }) : null,
      prevCursor: hasPrev && first ? encodeCursor({ micros: first.micros, id: first.id, dir: "prev" }) : null,
    };
  });
}

/**
 * Sentiment is call detail (SPEC §3): filtering by it would reveal it to viewers who may not read
 * it. And a range must run forwards.
 */
export function assertFiltersAllowed(capabilities: ReadonlySet<string>, filters: CallFilters) {
  assertDateOrder(filters.from, filters.to);
  if (filters.sentiment && !capabilities.has("calls.transcript.read")) {
    throw forbidden("Filtering by sentiment needs access to call details.");
  }
}

export type CallPage = Awaited<ReturnType<typeof listCalls>>;
