import postgres from "postgres";
import { BENCH_AGENCY_SLUG, BENCH_CLIENT_NAME } from "../bench-accounts";

export type Dataset = {
  agencyId: string;
  benchClientId: string;
  benchClientCalls: number;
  sampleCallId: string | null;
  rows: Record<string, number>;
  postgres: string;
  sharedBuffers: string;
};

/** What the database holds (reported beside the figures) and a call the detail page can open. */
export async function describeDataset(url: string): Promise<Dataset> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [agency] = await sql<{ id: string }[]>`select id from agencies where lower(slug) = ${BENCH_AGENCY_SLUG}`;
    if (!agency) throw new Error(`No agency "${BENCH_AGENCY_SLUG}" in DATABASE_URL: run npm run bench:seed first.`);
    const [client] = await sql<
      { id: string }[]
    >`select id from clients where agency_id = ${agency.id} and name = ${BENCH_CLIENT_NAME}`;
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from calls where client_id = ${client.id}`;
    // A call from a few weeks back: a typical one to open, with a transcript when it was answered.
    const [call] = await sql<
      { id: string }[]
    >`select id from calls where client_id = ${client.id} and status = 'completed'
      order by started_at desc, id desc offset 500 limit 1`;
    // Exact counts (a few seconds at this size): statistics may be missing on a copied database.
    const counts = await sql<{ table: string; n: string }[]>`
      select 'clients' as table, count(*)::text as n from clients union all select 'users', count(*)::text from users
      union all select 'calls', count(*)::text from calls union all select 'audit_events', count(*)::text from audit_events`;
    const [{ version }] = await sql<{ version: string }[]>`select split_part(version(), ' on ', 1) as version`;
    const [{ shared_buffers }] = await sql<{ shared_buffers: string }[]>`show shared_buffers`;
    return {
      agencyId: agency.id,
      benchClientId: client.id,
      benchClientCalls: n,
      sampleCallId: call?.id ?? null,
      rows: Object.fromEntries(counts.map((c) => [c.table, Number(c.n)])),
      postgres: version,
      sharedBuffers: shared_buffers,
    };
  } finally {
    await sql.end();
  }
}
