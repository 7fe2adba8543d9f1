import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { secretBoxFor } from "@/lib/crypto/secret-box";
import { BENCH_AGENCY_SLUG } from "../bench-accounts";

export type BenchConnection = { connectionId: string; webhookId: string; apiKey: string; agentExternalId: string };

const WEBHOOK_ID = "bench-retell-webhook-000000000000";
const API_KEY = "key_bench_retell_0000000000000000";
const AGENT_EXTERNAL_ID = "agent_bench_intake";

/**
 * The bench agency's Retell connection, with one of its agents linked as the provider's
 * agent, (re)made for this run: its key is sealed with this server's AUTH_SECRET, which is new
 * each run. Benchmark data only, in the bench database.
 */
export async function ensureBenchConnection(sql: postgres.Sql, authSecret: string): Promise<BenchConnection> {
  const [agent] = await sql<{ id: string; agency_id: string }[]>`
    select a.id, a.agency_id from ai_agents a join agencies g on g.id = a.agency_id
    where g.slug = ${BENCH_AGENCY_SLUG} order by a.id limit 1`;
  if (!agent) throw new Error("No bench agent: run npm run bench:seed first.");
  await sql`delete from provider_connections where webhook_id = ${WEBHOOK_ID}`;
  const id = randomUUID();
  const sealed = secretBoxFor(authSecret).seal(API_KEY, id);
  // The intake never calls the provider back: the API address is only stored.
  await sql`insert into provider_connections (id, agency_id, provider, api_key_ciphertext, key_last4, api_base_url, webhook_id)
    values (${id}, ${agent.agency_id}, 'retell', ${sealed}, ${API_KEY.slice(-4)}, 'https://api.retellai.com', ${WEBHOOK_ID})`;
  await sql`update ai_agents set provider_connection_id = ${id}, external_id = ${AGENT_EXTERNAL_ID} where id = ${agent.id}`;
  return { connectionId: id, webhookId: WEBHOOK_ID, apiKey: API_KEY, agentExternalId: AGENT_EXTERNAL_ID };
}
