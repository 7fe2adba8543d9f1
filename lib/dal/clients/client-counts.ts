import "server-only";
import { sql } from "drizzle-orm";

// Correlated subqueries on the client row: one statement for a whole list, no query per client.
// They name `clients.id` literally: drizzle drops the table name from columns of a one-table
// select, and a bare "id" inside the subquery would bind to the subquery's own table.

/** Active portal users of the client. */
export const userCountSql =
  sql<number>`(select count(*)::int from users u where u.client_id = clients.id and u.kind = 'client' and u.status = 'active')`.mapWith(
    Number,
  );

/** Invitations still usable: pending and not expired. */
export const pendingInvitationCountSql =
  sql<number>`(select count(*)::int from invitations i where i.client_id = clients.id and i.status = 'pending' and i.expires_at > now())`.mapWith(
    Number,
  );

export const agentCountSql =
  sql<number>`(select count(*)::int from ai_agents a where a.client_id = clients.id)`.mapWith(Number);

/**
 * Calls, minutes and spend of the client since the start of its current month, in its own time
 * zone (else the agency's), as its invoices count them; the query must join `agencies`.
 * calls_client_started_idx serves each figure.
 */
export function callFiguresThisMonth() {
  const zone = sql`coalesce(clients.time_zone, agencies.time_zone)`;
  const from = sql`(date_trunc('month', now() at time zone ${zone}) at time zone ${zone})`;
  return {
    calls:
      sql<number>`(select count(*)::int from calls c where c.client_id = clients.id and c.started_at >= ${from})`.mapWith(
        Number,
      ),
    seconds:
      sql<number>`(select coalesce(sum(c.duration_seconds), 0)::bigint from calls c where c.client_id = clients.id and c.started_at >= ${from})`.mapWith(
        Number,
      ),
    costCents:
      sql<number>`(select coalesce(sum(c.cost_cents), 0)::bigint from calls c where c.client_id = clients.id and c.started_at >= ${from})`.mapWith(
        Number,
      ),
  };
}
