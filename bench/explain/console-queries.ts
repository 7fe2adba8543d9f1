import type { ExplainContext } from "./context";
import { and, keyset, query, type ExplainQuery } from "./sql-builder";

// The console's lists and aggregates (lib/dal/clients/list-clients, agency overview, client
// users) and the audit log (list with each filter, deep page, export batch, client access log).
const USER_COUNT = `(select count(*)::int from users u where u.client_id = clients.id and u.kind = 'client' and u.status = 'active')`;
const PENDING = `(select count(*)::int from invitations i where i.client_id = clients.id and i.status = 'pending' and i.expires_at > now())`;

export function consoleQueries(ctx: ExplainContext): ExplainQuery[] {
  const live = (q: { p: (v: unknown) => string }) =>
    `"clients"."agency_id" = ${q.p(ctx.agencyId)} and "clients"."archived_at" is null`;
  const list = (extra: (q: { p: (v: unknown) => string }) => string | null) => (q: { p: (v: unknown) => string }) =>
    `select "clients".*, ${USER_COUNT}, ${PENDING} from "clients" where (${and(live(q), extra(q))}) order by "clients"."name" asc, "clients"."id" asc limit 51`;
  return [
    keyset(
      query(
        "clients list",
        "first page with user and invitation counts",
        list(() => null),
      ),
    ),
    keyset(
      query(
        "clients list",
        "next page (keyset on name, id)",
        list(
          (q) =>
            `("clients"."name", "clients"."id") > (${q.p(ctx.clientNameCursor.name)}, ${q.p(ctx.clientNameCursor.id)}::uuid)`,
        ),
      ),
    ),
    // A substring search reads the agency's live clients, then sorts the matches.
    query(
      "clients list",
      "search by name",
      list((q) => `"clients"."name" ilike ${q.p("%dental%")}`),
    ),
    // A handful of assigned clients: fetching them by id and sorting those few is the right plan.
    query(
      "clients list",
      "member: assigned clients only",
      list((q) => `"clients"."id" in (${ctx.memberClientIds.map((id) => q.p(id)).join(", ")})`),
    ),
    query(
      "console aggregate",
      "overview: calls, minutes, spend this month",
      (q) => `select count(*)::int, coalesce(sum("calls"."duration_seconds"), 0)::bigint,
      coalesce(sum("calls"."cost_cents"), 0)::bigint from "calls" where ("calls"."agency_id" = ${q.p(ctx.agencyId)} and "calls"."started_at" >= ${q.p(ctx.monthStart)}
      and "calls"."client_id" in (select "id" from "clients" where (${live(q)})))`,
    ),
    query(
      "console aggregate",
      "overview: clients without users, suspended, pending invitations",
      (q) => `select count(*)::int,
      count(*) filter (where ${USER_COUNT} = 0)::int, count(*) filter (where "clients"."portal_access" = 'suspended')::int,
      coalesce(sum(${PENDING}), 0)::int from "clients" where (${live(q)})`,
    ),
    query(
      "users list",
      "a client's users",
      (q) => `select "id", "email", "name", "role", "status" from "users"
      where ("users"."agency_id" = ${q.p(ctx.agencyId)} and "users"."client_id" = ${q.p(ctx.clientId)} and "users"."kind" = 'client') order by "users"."email"`,
    ),
    query(
      "users list",
      "staff",
      (q) =>
        `select "id", "email", "name", "role" from "users" where ("users"."agency_id" = ${q.p(ctx.agencyId)} and "users"."kind" = 'agency') order by "users"."email"`,
    ),
  ];
}

export function auditQueries(ctx: ExplainContext): ExplainQuery[] {
  const agency = (q: { p: (v: unknown) => string }) => `"audit_events"."agency_id" = ${q.p(ctx.agencyId)}`;
  const list = (name: string, filter: (q: { p: (v: unknown) => string }) => string | null) =>
    keyset(
      query(
        "audit list",
        name,
        (q) =>
          `select "audit_events".*, "clients"."name" from "audit_events"
     left join "clients" on ("clients"."id" = "audit_events"."client_id" and "clients"."agency_id" = ${q.p(ctx.agencyId)})
     where (${and(agency(q), filter(q))}) order by "audit_events"."seq" desc limit 51`,
      ),
    );
  return [
    list("first page · no filter", () => null),
    list("first page · action = call_export", (q) => `"audit_events"."action" = ${q.p("call_export")}`),
    list("first page · actor (email)", (q) => `lower("audit_events"."actor_email") = ${q.p(ctx.userEmail)}`),
    list("first page · client", (q) => `"audit_events"."client_id" = ${q.p(ctx.clientId)}`),
    list(
      "first page · date range (30 days)",
      (q) => `"audit_events"."occurred_at" >= ${q.p(ctx.from30)} and "audit_events"."occurred_at" < ${q.p(ctx.to30)}`,
    ),
    list("deep page (5,000 events down) · no filter", (q) => `"audit_events"."seq" < ${q.p(ctx.auditSeq - 5_000)}`),
    list(
      "deep page · action = call_export",
      (q) =>
        `"audit_events"."action" = ${q.p("call_export")} and "audit_events"."seq" < ${q.p(Math.floor(ctx.auditSeq / 2))}`,
    ),
    keyset(
      query(
        "audit export",
        "export batch (500, oldest first, mid-log)",
        (q) => `select * from "audit_events"
      where (${and(agency(q), `"audit_events"."seq" > ${q.p(Math.floor(ctx.auditSeq / 2))}`, `"audit_events"."seq" < ${q.p(ctx.auditSeq + 1)}`)}) order by "audit_events"."seq" asc limit 500`,
      ),
    ),
    keyset(
      query(
        "audit export",
        "export batch · client filter",
        (q) => `select * from "audit_events"
      where (${and(agency(q), `"audit_events"."client_id" = ${q.p(ctx.clientId)}`, `"audit_events"."seq" > ${q.p(Math.floor(ctx.auditSeq / 2))}`, `"audit_events"."seq" < ${q.p(ctx.auditSeq + 1)}`)}) order by "audit_events"."seq" asc limit 500`,
      ),
    ),
    keyset(
      query(
        "audit list",
        "client access log (transcript views, plays, downloads)",
        (q) => `select "id", "seq", "occurred_at", "action", "actor_id", "actor_email", "target_id" from "audit_events"
      where (${and(agency(q), `"audit_events"."client_id" = ${q.p(ctx.clientId)}`, `"audit_events"."action" in ('transcript_view', 'recording_play', 'recording_download')`)})
      order by "audit_events"."seq" desc limit 51`,
      ),
    ),
  ];
}

/** Per request: the portal agency by host and the actor (session → user → agency → client → assignments). */
export function authQueries(ctx: ExplainContext): ExplainQuery[] {
  return [
    query(
      "per request",
      "portal agency by host",
      (q) => `select * from "agencies" where lower("agencies"."slug") = ${q.p("bench")}`,
    ),
    query(
      "per request",
      "actor: session → user → agency → client → assignments",
      (q) => `select "sessions"."user_session_version", "sessions"."expires_at",
      "sessions"."revoked_at", "users"."id", "users"."email", "users"."role", "users"."status", "users"."session_version", "agencies"."id", "agencies"."slug",
      "clients"."id", "clients"."permissions", "clients"."portal_access",
      coalesce((select array_agg(s.client_id::text) from staff_client_assignments s where s.user_id = "users"."id"), '{}'),
      coalesce((select array_agg(a.agent_id::text) from user_agent_assignments a where a.user_id = "users"."id"), '{}'),
      exists(select 1 from agency_domains d where d.agency_id = "agencies"."id" and d.domain = ${q.p("bench.localhost:3000")})
      from "sessions" inner join "users" on "users"."id" = "sessions"."user_id" inner join "agencies" on "agencies"."id" = "users"."agency_id"
      left join "clients" on "clients"."id" = coalesce("sessions"."preview_client_id", "users"."client_id") where "sessions"."id" = ${q.p(ctx.sessionId)}`,
    ),
    query(
      "per request",
      "sign-in: candidates by email on a portal host",
      (q) => `select "users"."id", "users"."password_hash", "clients"."portal_access" from "users"
      inner join "agencies" on "agencies"."id" = "users"."agency_id" left join "clients" on "clients"."id" = "users"."client_id"
      where (lower("users"."email") = ${q.p(ctx.userEmail)} and "users"."status" = 'active' and "users"."kind" = 'client' and lower("agencies"."slug") = ${q.p("bench")} and "clients"."archived_at" is null) limit 1`,
    ),
  ];
}
