import type { ClientActor } from "@/lib/authz/actor";
import type { CallFilters } from "@/lib/dal/calls/call-filters";
import { listCallAgents } from "@/lib/dal/calls/list-call-agents";
import { listCalls } from "@/lib/dal/calls/list-calls";
import { readInOneTransaction } from "@/lib/dal/tenant/read-in-one-transaction";
import { AppError } from "@/lib/errors";
import { CALL_PAGE_SIZE } from "@/lib/portal/call-list-params";

export type CallListData = Awaited<ReturnType<typeof loadCallList>>;

/** The calls page's data: one keyset page of calls for the filters, and the agents to filter by. */
export async function loadCallList(actor: ClientActor, filters: CallFilters, cursor: string | undefined) {
  // A mangled cursor is refused before any query, so the retry runs in a transaction still good.
  const [page, agents] = await readInOneTransaction(actor, () =>
    Promise.all([
      // A stale or mangled cursor in a shared link starts over at the first page instead of failing.
      listCalls(actor, { ...filters, cursor, limit: CALL_PAGE_SIZE }).catch((error: unknown) => {
        if (cursor && error instanceof AppError && (error.code === "bad_request" || error.code === "validation_failed"))
          return listCalls(actor, { ...filters, limit: CALL_PAGE_SIZE });
        throw error;
      }),
      listCallAgents(actor),
    ]),
  );
  return { page, agents };
}
