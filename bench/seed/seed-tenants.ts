import { randomUUID } from "node:crypto";
import type { Sql } from "postgres";
import { createRandom, type Random } from "@/db/seed/random";
import { permissionsAgainstDefaults } from "@/db/seed/client-permissions";
import { hashPassword } from "@/lib/auth/password";
import { presetPermissions, type PresetName } from "@/lib/authz/catalogue";
import {
  BENCH_AGENCY_SLUG,
  BENCH_CLIENT_ADMIN,
  BENCH_CLIENT_NAME,
  BENCH_PASSWORD,
  BENCH_STAFF_OWNER,
} from "../bench-accounts";
import { copyRows, type CopyValue } from "./copy-rows";
import { callerNumber, clientName, personName } from "./names";
import type { SeedOptions } from "./options";
import type { AgentRole, SeededClient, TenantModel } from "./tenant-model";

const DAY_MS = 86_400_000;
const AGENT_DEFS: { name: string; role: AgentRole }[] = [
  { name: "Front Desk", role: "inbound" },
  { name: "After Hours", role: "after_hours" },
  { name: "Reminders", role: "outbound" },
  { name: "Scheduling", role: "inbound" },
];
const CLIENT_ROLES = ["supervisor", "analyst", "analyst", "agent"] as const;

/**
 * The agency "bench", its clients (the first is the bench client, self-service, with the known
 * admin), their AI agents and numbers, client users and staff. A few thousand rows: COPY anyway.
 */
export async function seedTenants(sql: Sql, opts: SeedOptions, now: Date): Promise<TenantModel> {
  const random = createRandom(20_260_101);
  const agencyId = randomUUID();
  const defaults = presetPermissions("view_only");
  const created = new Date(now.getTime() - (opts.days + 30) * DAY_MS);
  await sql`insert into agencies (id, slug, name, primary_color, support_email, sender_name, default_permissions, created_at)
    values (${agencyId}, ${BENCH_AGENCY_SLUG}, 'Bench Voice', '#0f766e', 'support@bench.test', 'Bench Voice', ${sql.json(defaults)}, ${created})`;

  const clients = buildClients(random, opts);
  const benchWeight = opts.calls === 0 ? 0 : opts.benchClientCalls / opts.calls;
  const otherTotal = clients.slice(1).reduce((sum, c) => sum + c.weight, 0);
  clients.forEach((c, i) => {
    c.weight = i === 0 ? benchWeight : otherTotal === 0 ? 0 : (c.weight / otherTotal) * (1 - benchWeight);
  });

  const presets = clients.map((_, i) => (i === 0 ? "self_service" : pickPreset(random)));
  await copyRows(
    sql,
    "clients",
    ["id", "agency_id", "name", "portal_access", "permissions", "rate_per_minute_cents", "archived_at", "created_at"],
    clients.map((c, i): CopyValue[] => [
      c.id,
      agencyId,
      c.name,
      i > 0 && random.chance(0.02) ? "suspended" : "enabled",
      permissionsAgainstDefaults(presetPermissions(presets[i]), defaults),
      c.ratePerMinuteCents,
      i > 0 && random.chance(0.01) ? new Date(now.getTime() - random.int(1, 60) * DAY_MS) : null,
      created,
    ]),
  );

  let line = 0;
  const agentRows = clients.flatMap((c) =>
    c.agents.map((a): CopyValue[] => [
      a.id,
      agencyId,
      c.id,
      a.name,
      "live",
      `You answer the phone for ${c.name}.`,
      `Thanks for calling ${c.name}!`,
      created,
      created,
    ]),
  );
  await copyRows(
    sql,
    "ai_agents",
    ["id", "agency_id", "client_id", "name", "status", "prompt", "greeting", "created_at", "updated_at"],
    agentRows,
  );
  await copyRows(
    sql,
    "phone_numbers",
    ["id", "agency_id", "client_id", "agent_id", "e164", "label"],
    clients.flatMap((c) =>
      c.agents.map((a): CopyValue[] => [
        randomUUID(),
        agencyId,
        c.id,
        a.id,
        `+1556${String(line++).padStart(7, "0")}`,
        a.name,
      ]),
    ),
  );

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const { userRows, assignments } = buildClientUsers(random, opts, clients, presets, agencyId, passwordHash, created);
  const staff = buildStaff();
  await copyRows(
    sql,
    "users",
    ["id", "agency_id", "kind", "client_id", "email", "name", "role", "password_hash", "created_at"],
    [
      ...userRows,
      ...staff.map((s): CopyValue[] => [
        s.id,
        agencyId,
        "agency",
        null,
        s.email,
        s.name,
        s.role,
        passwordHash,
        created,
      ]),
    ],
  );
  await copyRows(sql, "user_agent_assignments", ["user_id", "agent_id"], assignments);
  await copyRows(
    sql,
    "staff_client_assignments",
    ["user_id", "client_id"],
    staff.flatMap((s) => assignedClients(clients, s.assigned, s.offset).map((c): CopyValue[] => [s.id, c.id])),
  );
  return { agencyId, clients, staff: staff.map(({ id, email, role }) => ({ id, email, role })) };
}

function buildClients(random: Random, opts: SeedOptions): SeededClient[] {
  return Array.from({ length: opts.clients }, (_, i) => {
    const bench = i === 0;
    const agentCount = bench ? 4 : random.int(2, 4);
    return {
      id: randomUUID(),
      name: bench ? BENCH_CLIENT_NAME : clientName(i),
      ratePerMinuteCents: random.int(8, 18),
      // Heavy-tailed volumes, as in a real book of business: a few big clients, many small ones.
      weight: 1 / Math.pow(random.next() + 0.02, 0.9),
      agents: AGENT_DEFS.slice(0, agentCount).map((def) => ({ id: randomUUID(), ...def })),
      users: [],
      contacts: Array.from({ length: bench ? 4_000 : random.int(40, 400) }, () => callerNumber(random)),
      sampleCallIds: [],
      callCount: 0,
    };
  });
}

function pickPreset(random: Random): PresetName {
  return random.weighted([
    ["view_only", 65],
    ["self_service", 30],
    ["hands_off", 5],
  ] as const);
}

function buildClientUsers(
  random: Random,
  opts: SeedOptions,
  clients: SeededClient[],
  presets: PresetName[],
  agencyId: string,
  passwordHash: string,
  created: Date,
) {
  const userRows: CopyValue[][] = [];
  const assignments: CopyValue[][] = [];
  const add = (c: SeededClient, email: string, role: string) => {
    const id = randomUUID();
    c.users.push({ id, email });
    userRows.push([id, agencyId, "client", c.id, email, personName(random), role, passwordHash, created]);
    if (role === "agent") assignments.push([id, c.agents[0].id]);
  };
  const bench = clients[0];
  add(bench, BENCH_CLIENT_ADMIN, "admin");
  CLIENT_ROLES.forEach((role, k) => userRows.length < opts.users && add(bench, `bench-${role}${k}@bench.test`, role));
  // A hands-off client has no portal users (SPEC §3); the rest share the remaining users by size.
  const eligible = clients.slice(1).filter((_, i) => presets[i + 1] !== "hands_off");
  const cumulative: number[] = [];
  eligible.reduce((sum, c, i) => (cumulative[i] = sum + c.weight), 0);
  const total = cumulative.at(-1) ?? 0;
  for (let n = 0; userRows.length < opts.users && eligible.length > 0; n++) {
    // Every client gets its admin first; then users go to clients in proportion to their size.
    const c = n < eligible.length ? eligible[n] : eligible[lowerBound(cumulative, random.next() * total)];
    add(c, `user${n}@c${clients.indexOf(c)}.bench.test`, c.users.length === 0 ? "admin" : random.pick(CLIENT_ROLES));
  }
  return { userRows, assignments };
}

/** Managers and members see only their assigned clients (SPEC §4): the scoped console lists. */
function buildStaff() {
  const people = [
    { email: BENCH_STAFF_OWNER, role: "owner", assigned: 0 },
    { email: "staff-admin1@bench.test", role: "admin", assigned: 0 },
    { email: "staff-admin2@bench.test", role: "admin", assigned: 0 },
    ...[1, 2, 3].map((n) => ({ email: `staff-manager${n}@bench.test`, role: "manager", assigned: 40 })),
    ...[1, 2, 3, 4].map((n) => ({ email: `staff-member${n}@bench.test`, role: "member", assigned: 15 })),
  ];
  return people.map((p, i) => ({ ...p, id: randomUUID(), name: `Staff ${i + 1}`, offset: i * 97 }));
}

function assignedClients(clients: SeededClient[], count: number, offset: number): SeededClient[] {
  const others = clients.slice(1);
  const picked = new Set<SeededClient>();
  for (let k = 0; k < count && picked.size < others.length; k++) picked.add(others[(offset + k * 13) % others.length]);
  return [...picked];
}

/** First index whose cumulative weight exceeds `value` (binary search). */
export function lowerBound(cumulative: number[], value: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
