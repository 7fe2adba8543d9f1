import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getHandle, type Queryable } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { agencies, clients } from "@/db/schema";
import { TENANT_ROLE, withTenant } from "@/db/tenant";

// Tables whose rows name their agency themselves, and tables that reach it through a parent.
const OWN_AGENCY: Record<string, string> = {
  agencies: "id",
  agency_domains: "agency_id",
  ai_agents: "agency_id",
  phone_numbers: "agency_id",
  audit_events: "agency_id",
  audit_heads: "agency_id",
  audit_checkpoints: "agency_id",
  audit_destinations: "agency_id",
  invoices: "agency_id",
  call_hourly_stats: "agency_id",
  calls: "agency_id",
  clients: "agency_id",
  integrations: "agency_id",
  invitations: "agency_id",
  mail_outbox: "agency_id",
  users: "agency_id",
  webhook_deliveries: "agency_id",
  sso_connections: "agency_id",
  sso_identities: "agency_id",
  sso_requests: "agency_id",
  sso_consumed_assertions: "agency_id",
  provider_events: "agency_id",
  recording_fetches: "agency_id",
  provider_connections: "agency_id",
  provider_agents: "agency_id",
  api_keys: "agency_id",
  scim_directories: "agency_id",
  scim_users: "agency_id",
  scim_groups: "agency_id",
  scim_group_members: "agency_id",
  scim_group_mappings: "agency_id",
  scim_requests: "agency_id",
  mfa_factors: "agency_id",
  mfa_recovery_codes: "agency_id",
  mfa_challenges: "agency_id",
};
const VIA_PARENT: Record<string, string> = {
  agent_versions: "agent_id in (select id from ai_agents where agency_id = $1)",
  invoice_lines: "invoice_id in (select id from invoices where agency_id = $1)",
  staff_client_assignments: "user_id in (select id from users where agency_id = $1)",
  user_agent_assignments: "user_id in (select id from users where agency_id = $1)",
  sessions: "user_id in (select id from users where agency_id = $1)",
  password_resets: "user_id in (select id from users where agency_id = $1)",
  audit_outbox: "destination_id in (select id from audit_destinations where agency_id = $1)",
};
// The platform's own tables, no tenant's: rate-limit counters (keys name e-mails and addresses of
// every agency) and job leases. Only the owner's connection uses them; the tenant role sees none.
const PLATFORM = ["rate_limits", "job_leases"];
const TABLES = [...Object.keys(OWN_AGENCY), ...Object.keys(VIA_PARENT)];

/** Drizzle wraps the driver's error; the policy's refusal is its cause. */
async function refusedByPolicy(write: Promise<unknown>) {
  const error = await write.then(
    () => null,
    (e: Error & { cause?: Error }) => e,
  );
  expect(String(error?.cause?.message ?? error?.message)).toMatch(/row-level security/);
}

const count = async (db: Queryable, query: string) =>
  Number(rowsOf<{ n: number }>(await db.execute(sql.raw(query)))[0].n);

/** A transaction as the tenant role that never sets app.agency_id: what a forgotten withTenant would get. */
async function asTenantWithoutAgency<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${TENANT_ROLE}, true)`);
    return fn(tx);
  });
}

let acme = "";
let globex = "";

beforeAll(async () => {
  const db = await getDb();
  const rows = await db.select({ id: agencies.id, slug: agencies.slug }).from(agencies);
  acme = rows.find((r) => r.slug === "acme")!.id;
  globex = rows.find((r) => r.slug === "globex")!.id;
  // A row in every table for both agencies (the seed leaves some empty), written as the owner,
  // so "sees none of the other's" is never trivially true.
  const perAgency = [
    sql`insert into agency_domains (agency_id, domain) select id, slug || '-portal.example' from agencies`,
    sql`insert into audit_checkpoints (agency_id, seq, hash, purged_before) select id, 0, 'x', now() from agencies`,
    sql`insert into audit_destinations (agency_id, kind, name, url, secret_ciphertext) select id, 'https_json', 'SIEM', 'https://siem.example/in', 'x' from agencies`,
    sql`insert into audit_outbox (destination_id, event_id)
      select d.id, (select e.id from audit_events e where e.agency_id = d.agency_id limit 1) from audit_destinations d`,
    sql`insert into webhook_deliveries (agency_id, client_id, integration_id, event_id, event)
      select i.agency_id, i.client_id, i.id, 'evt_rls', '{}'::jsonb from integrations i`,
    sql`insert into provider_connections (agency_id, provider, api_key_ciphertext, key_last4, webhook_id, api_base_url)
      select id, 'retell', 'x', 'xxxx', 'rls-' || slug, 'https://api.retellai.com' from agencies`,
    sql`insert into provider_agents (agency_id, connection_id, external_id, name, snapshot)
      select agency_id, id, 'agent_rls', 'RLS agent', '{}'::jsonb from provider_connections`,
    sql`insert into provider_events (agency_id, connection_id, provider, provider_call_id, event_type)
      select id, gen_random_uuid(), 'retell', 'call_rls', 'call_ended' from agencies`,
    sql`insert into recording_fetches (call_id, agency_id, connection_id, source_url)
      select distinct on (agency_id) id, agency_id, gen_random_uuid(), 'https://provider.example/r.wav' from calls order by agency_id`,
    sql`insert into rate_limits (key, points, expire) values ('rls:203.0.113.1', 1, now() + interval '1 hour') on conflict do nothing`,
    sql`insert into job_leases (name) values ('rls-job') on conflict do nothing`,
    sql`insert into api_keys (agency_id, name, scopes, secret_hash, display_prefix, created_by, expires_at)
      select u.agency_id, 'k', '{client.read}', md5(random()::text), 'sk_', u.id, now() + interval '1 day'
      from users u where u.kind = 'agency' and u.role = 'owner'`,
    sql`insert into invitations (agency_id, email, role, token_hash, expires_at) select id, 'new-' || slug || '@example.com', 'member', md5(random()::text), now() + interval '1 day' from agencies`,
    sql`insert into mail_outbox (agency_id, from_address, to_address, subject, text, html) select id, 'a@example.com', 'b@example.com', 's', 't', 'h' from agencies`,
    sql`insert into password_resets (user_id, token_hash, expires_at) select id, md5(random()::text), now() + interval '1 hour' from users`,
    sql`insert into sessions (id, user_id, user_session_version, expires_at) select md5(random()::text), id, session_version, now() + interval '1 hour' from users`,
    sql`insert into staff_client_assignments (user_id, client_id)
      select u.id, c.id from users u join clients c on c.agency_id = u.agency_id
      where u.kind = 'agency' and not exists (select 1 from staff_client_assignments s where s.user_id = u.id and s.client_id = c.id)`,
    sql`insert into user_agent_assignments (user_id, agent_id)
      select u.id, a.id from users u join ai_agents a on a.client_id = u.client_id
      where not exists (select 1 from user_agent_assignments s where s.user_id = u.id and s.agent_id = a.id)`,
    sql`insert into sso_connections (agency_id, type, name, default_role) select id, 'saml', 'RLS', 'member' from agencies`,
    sql`insert into sso_identities (agency_id, connection_id, subject, user_id)
      select c.agency_id, c.id, 'rls-' || u.id, u.id from sso_connections c join users u on u.agency_id = c.agency_id and u.kind = 'agency'`,
    sql`insert into sso_requests (key, agency_id, connection_id, expires_at) select 'rls-' || id, agency_id, id, now() + interval '1 hour' from sso_connections`,
    sql`insert into sso_consumed_assertions (agency_id, connection_id, assertion_id, expires_at) select agency_id, id, 'rls', now() + interval '1 hour' from sso_connections`,
    sql`insert into scim_directories (agency_id, token_hash) select id, md5(random()::text) from agencies`,
    sql`insert into scim_users (user_id, agency_id, directory_id, user_name)
      select u.id, u.agency_id, d.id, u.email from users u join scim_directories d on d.agency_id = u.agency_id and d.client_id is null
      where u.kind = 'agency'`,
    sql`insert into scim_groups (agency_id, directory_id, display_name) select agency_id, id, 'Admins' from scim_directories`,
    sql`insert into scim_group_members (group_id, user_id, agency_id)
      select g.id, u.user_id, g.agency_id from scim_groups g join scim_users u on u.directory_id = g.directory_id`,
    sql`insert into scim_group_mappings (group_id, agency_id, role) select id, agency_id, 'admin' from scim_groups`,
    sql`insert into scim_requests (agency_id, directory_id, method, path, status, outcome)
      select agency_id, id, 'GET', '/api/scim/v2/Users', 200, 'success' from scim_directories`,
    sql`insert into mfa_factors (agency_id, user_id, kind, credential_id, public_key)
      select agency_id, id, 'passkey', 'rls-' || id, 'pk' from users`,
    sql`insert into mfa_recovery_codes (agency_id, user_id, code_hash) select agency_id, id, md5(random()::text) from users`,
    sql`insert into mfa_challenges (agency_id, user_id, purpose, token_hash, user_session_version, expires_at)
      select agency_id, id, 'sign_in', md5(random()::text), session_version, now() + interval '5 minutes' from users`,
  ];
  for (const statement of perAgency) await db.execute(statement);
});

describe("row-level security", () => {
  it("is on for every table of the schema, each with a policy", async () => {
    const db = await getDb();
    const rows = rowsOf<{ name: string; rls: boolean; policies: number }>(
      await db.execute(sql`
      select c.relname as name, c.relrowsecurity as rls, (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' order by 1`),
    );
    expect(rows.map((r) => r.name).sort()).toEqual([...TABLES, ...PLATFORM].sort());
    expect(rows.filter((r) => !r.rls || r.policies === 0)).toEqual([]);
  });

  it("shows a tenant none of the platform's tables, with or without its agency, and refuses its writes", async () => {
    const owner = await getDb();
    for (const table of PLATFORM)
      expect(await count(owner, `select count(*) as n from ${table}`), table).toBeGreaterThan(0);
    for (const table of PLATFORM) {
      expect(await withTenant(acme, (tx) => count(tx, `select count(*) as n from ${table}`)), table).toBe(0);
      expect(await asTenantWithoutAgency((tx) => count(tx, `select count(*) as n from ${table}`)), table).toBe(0);
    }
    await refusedByPolicy(
      withTenant(acme, (tx) => tx.execute(sql`insert into rate_limits (key, points) values ('planted', 0)`)),
    );
    await refusedByPolicy(withTenant(acme, (tx) => tx.execute(sql`insert into job_leases (name) values ('planted')`)));
  });

  it("runs tenant transactions as a role that owns no table and cannot bypass row-level security", async () => {
    const me = await withTenant(
      acme,
      async (tx) =>
        rowsOf<{ user: string; super: boolean; bypass: boolean; owned: number; agency: string }>(
          await tx.execute(sql`
      select current_user as user, r.rolsuper as super, r.rolbypassrls as bypass, current_setting('app.agency_id') as agency,
        (select count(*)::int from pg_tables t where t.schemaname = 'public' and t.tableowner = current_user) as owned
      from pg_roles r where r.rolname = current_user`),
        )[0],
    );
    expect(me).toEqual({ user: TENANT_ROLE, super: false, bypass: false, owned: 0, agency: acme });
    // The switch ends with the transaction: the pooled connection is the owner's again.
    const after = rowsOf<{ user: string; agency: string | null }>(
      await (await getDb()).execute(sql`select current_user as user, current_setting('app.agency_id', true) as agency`),
    )[0];
    expect(after.user).not.toBe(TENANT_ROLE);
    expect(after.agency ?? "").toBe("");
  });

  it("shows a tenant transaction without app.agency_id nothing at all, in every table", async () => {
    const owner = await getDb();
    for (const table of TABLES)
      expect(await count(owner, `select count(*) as n from ${table}`), table).toBeGreaterThan(0);
    const seen = await asTenantWithoutAgency(async (tx) => {
      const out: Record<string, number> = {};
      for (const table of TABLES) out[table] = await count(tx, `select count(*) as n from ${table}`);
      return out;
    });
    expect(seen).toEqual(Object.fromEntries(TABLES.map((t) => [t, 0])));
    // Nor can it write: every new row fails the policy's check.
    await refusedByPolicy(
      asTenantWithoutAgency((tx) =>
        tx.insert(clients).values({ agencyId: acme, name: "No tenant", permissions: sql`'{}'::jsonb` }),
      ),
    );
  });

  it("shows a tenant exactly its own rows in every table, with no WHERE naming the agency", async () => {
    const owner = await getDb();
    for (const [agency, other] of [
      [acme, globex],
      [globex, acme],
    ]) {
      for (const table of TABLES) {
        const own = OWN_AGENCY[table]
          ? `${OWN_AGENCY[table]} = '${agency}'`
          : VIA_PARENT[table].replace("$1", `'${agency}'`);
        const expected = await count(owner, `select count(*) as n from ${table} where ${own}`);
        expect(expected, `${table} has rows of the agency`).toBeGreaterThan(0);
        const seen = await withTenant(agency, (tx) => count(tx, `select count(*) as n from ${table}`));
        expect(seen, table).toBe(expected);
        const foreign = OWN_AGENCY[table]
          ? `${OWN_AGENCY[table]} = '${other}'`
          : VIA_PARENT[table].replace("$1", `'${other}'`);
        expect(
          await withTenant(agency, (tx) => count(tx, `select count(*) as n from ${table} where ${foreign}`)),
          table,
        ).toBe(0);
      }
    }
  });

  it("refuses a tenant's writes into another agency and leaves the other agency's rows untouched", async () => {
    await refusedByPolicy(
      withTenant(acme, (tx) =>
        tx.insert(clients).values({ agencyId: globex, name: "Planted", permissions: sql`'{}'::jsonb` }),
      ),
    );
    const [victim] = await (await getDb()).select().from(clients).where(eq(clients.agencyId, globex)).limit(1);
    const changed = await withTenant(acme, (tx) =>
      tx.update(clients).set({ name: "Taken over" }).where(eq(clients.id, victim.id)).returning(),
    );
    expect(changed).toEqual([]);
    const deleted = await withTenant(acme, (tx) => tx.delete(clients).where(eq(clients.id, victim.id)).returning());
    expect(deleted).toEqual([]);
    // Moving an own row into the other agency is refused too (the policy's WITH CHECK).
    await refusedByPolicy(
      withTenant(acme, (tx) => tx.update(clients).set({ agencyId: globex }).where(eq(clients.agencyId, acme))),
    );
    const [after] = await (await getDb()).select().from(clients).where(eq(clients.id, victim.id));
    expect(after).toEqual(victim);
  });

  it("joins an open tenant transaction for the same agency and refuses another agency inside it", async () => {
    const nested = await withTenant(acme, async (outer) => {
      const [{ pid: outerPid }] = rowsOf<{ pid: number }>(await outer.execute(sql`select txid_current() as pid`));
      const inner = await withTenant(
        acme,
        async (tx) => rowsOf<{ pid: number }>(await tx.execute(sql`select txid_current() as pid`))[0].pid,
      );
      return { outerPid, inner };
    });
    expect(nested.inner).toBe(nested.outerPid);
    await expect(withTenant(acme, () => withTenant(globex, async () => 1))).rejects.toThrow(/another agency/);
  });

  it("keeps 1,000 interleaved pooled transactions of two tenants apart", async () => {
    const { kind } = await getHandle();
    const pause = () =>
      new Promise<void>((resolve) =>
        kind === "postgres" ? setTimeout(resolve, Math.random() * 3) : setImmediate(resolve),
      );
    type Seen = {
      agency: string;
      setting: string;
      clientAgencies: string[];
      userAgencies: string[];
      callAgencies: string[];
      bare: number | null;
    };
    const one = async (i: number): Promise<Seen> => {
      const agency = i % 2 ? acme : globex;
      // Every tenth is a transaction that forgets the agency, between the others on the same pool.
      if (i % 10 === 5) {
        const bare = await asTenantWithoutAgency((tx) => count(tx, "select count(*) as n from clients"));
        return { agency, setting: "", clientAgencies: [], userAgencies: [], callAgencies: [], bare };
      }
      const run = withTenant(agency, async (tx) => {
        const setting = rowsOf<{ s: string }>(await tx.execute(sql`select current_setting('app.agency_id') as s`))[0].s;
        await pause();
        const clientAgencies = rowsOf<{ a: string }>(
          await tx.execute(sql`select distinct agency_id as a from clients`),
        ).map((r) => r.a);
        await pause();
        const userAgencies = rowsOf<{ a: string }>(
          await tx.execute(sql`select distinct agency_id as a from users`),
        ).map((r) => r.a);
        const callAgencies = rowsOf<{ a: string }>(
          await tx.execute(sql`select distinct agency_id as a from (select agency_id from calls limit 50) c`),
        ).map((r) => r.a);
        // Every seventh fails after reading: its rollback must not leave anything behind either.
        if (i % 7 === 3) throw new Error("rolled back on purpose");
        return { agency, setting, clientAgencies, userAgencies, callAgencies, bare: null };
      });
      return run.catch((error: Error) => {
        if (error.message !== "rolled back on purpose") throw error;
        return {
          agency,
          setting: agency,
          clientAgencies: [agency],
          userAgencies: [agency],
          callAgencies: [agency],
          bare: null,
        };
      });
    };
    const results: Seen[] = [];
    const IN_FLIGHT = 25;
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < 1000) results.push(await one(next++));
      }),
    );
    expect(results).toHaveLength(1000);
    const leaks = results.filter((r) =>
      r.bare === null
        ? r.setting !== r.agency ||
          [...r.clientAgencies, ...r.userAgencies, ...r.callAgencies].some((a) => a !== r.agency) ||
          r.clientAgencies.length !== 1
        : r.bare !== 0,
    );
    expect(leaks).toEqual([]);
    expect(results.filter((r) => r.bare !== null)).toHaveLength(100);
  }, 300_000);
});
