import type { Sql } from "postgres";
import { BENCH_AGENCY_SLUG, BENCH_CLIENT_ADMIN, BENCH_CLIENT_NAME } from "../bench-accounts";

const DAY_MS = 86_400_000;

/** The ids and instants the queries are explained with: the bench agency, its big client, real values. */
export type ExplainContext = {
  agencyId: string;
  clientId: string;
  agentId: string;
  otherAgentIds: string[];
  userEmail: string;
  sessionId: string;
  auditSeq: number;
  from90: Date;
  to: Date;
  from30: Date;
  to30: Date;
  monthStart: Date;
  weekStart: Date;
  clientNameCursor: { name: string; id: string };
  /** The clients a member of staff is assigned (their console lists are narrowed to these). */
  memberClientIds: string[];
};

export async function loadContext(sql: Sql): Promise<ExplainContext> {
  const [agency] = await sql<{ id: string }[]>`select id from agencies where lower(slug) = ${BENCH_AGENCY_SLUG}`;
  if (!agency) throw new Error(`No agency "${BENCH_AGENCY_SLUG}": run npm run bench:seed first.`);
  const [client] = await sql<
    { id: string }[]
  >`select id from clients where agency_id = ${agency.id} and name = ${BENCH_CLIENT_NAME}`;
  const agents = await sql<{ id: string }[]>`select id from ai_agents where client_id = ${client.id} order by name`;
  const [session] = await sql<{ id: string }[]>`select id from sessions limit 1`;
  const [head] = await sql<
    { last_seq: string }[]
  >`select last_seq::text from audit_heads where agency_id = ${agency.id}`;
  const [second] = await sql<
    { name: string; id: string }[]
  >`select name, id from clients where agency_id = ${agency.id} and archived_at is null order by name, id offset 49 limit 1`;
  const assigned = await sql<{ client_id: string }[]>`select s.client_id from staff_client_assignments s
    join users u on u.id = s.user_id where u.agency_id = ${agency.id} and u.role = 'member' and u.email = (
      select min(email) from users where agency_id = ${agency.id} and kind = 'agency' and role = 'member')`;
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  return {
    agencyId: agency.id,
    clientId: client.id,
    agentId: agents[0].id,
    otherAgentIds: agents.slice(1, 3).map((a) => a.id),
    userEmail: BENCH_CLIENT_ADMIN,
    sessionId: session?.id ?? "no-session-yet",
    auditSeq: Number(head?.last_seq ?? 0),
    from90: new Date(today - 89 * DAY_MS),
    to: new Date(today + DAY_MS),
    from30: new Date(today - 60 * DAY_MS),
    to30: new Date(today - 30 * DAY_MS),
    monthStart: new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1)),
    weekStart: new Date(today - 13 * DAY_MS),
    clientNameCursor: second ?? { name: "", id: "00000000-0000-0000-0000-000000000000" },
    memberClientIds: assigned.length > 0 ? assigned.map((a) => a.client_id) : [client.id],
  };
}
