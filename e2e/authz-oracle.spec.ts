import { expect, test } from "@playwright/test";
import { actionIds, actionProbes, invokeAction, unprobedActions } from "../security/authz-oracle/action-probes";
import { consoleCases } from "../security/authz-oracle/console-cases";
import { ACTOR_SPECS, closeWorld, openWorld, restoreSeeded, setClientState, type ClientKey, type World } from "../security/authz-oracle/demo-world";
import { edgeCases } from "../security/authz-oracle/edge-cases";
import { ACTIONS, PAGES, ROUTES } from "../security/authz-oracle/inventory";
import { portalCases } from "../security/authz-oracle/portal-cases";
import { runCases, type Case } from "../security/authz-oracle/run-cases";
import { TOGGLES, togglesOf, type Toggle } from "../security/authz-oracle/spec-rules";

// The authorization oracle (issue 18): SPEC §4/§5 as an independent table
// (security/authz-oracle/spec-rules.ts), turned into actor × toggles × capability cases over
// every console and portal page and API endpoint, sent to the real production server as the
// demo accounts, and compared on status and body. The owner flips each client's toggles through
// the API between rounds so every toggle is seen on and off for every client role, then puts
// the seeded values back for the specs that follow.

test.describe.configure({ mode: "serial" });

type Round = { name: string; staff: boolean; clients: Partial<Record<ClientKey, { on: readonly Toggle[]; manageUsers: boolean }>> };
const ROUNDS: Round[] = [
  { name: "seeded", staff: true, clients: {} },
  { name: "flipped", staff: false, clients: { bright: { on: TOGGLES, manageUsers: false }, summit: { on: [], manageUsers: false }, nova: { on: TOGGLES, manageUsers: true } } },
  { name: "prerequisites", staff: false, clients: { bright: { on: [], manageUsers: true }, summit: { on: ["view_agents", "view_calls", "view_integrations"], manageUsers: true }, nova: { on: [], manageUsers: false } } },
  { name: "mixed", staff: false, clients: {
    bright: { on: ["view_agents", "view_calls", "view_integrations", "manage_billing"], manageUsers: true },
    summit: { on: ["view_calls", "view_call_details", "view_analytics", "manage_billing"], manageUsers: false },
    nova: { on: ["view_agents", "edit_agents", "view_integrations", "manage_integrations"], manageUsers: false },
  } },
];
const CHANGED: ClientKey[] = ["bright", "summit", "nova"];

let world: World;
const port = () => Number(new URL(test.info().project.use.baseURL!).port);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await openWorld(port());
});

test.afterAll(async () => {
  if (!world) return;
  for (const key of CHANGED) await restoreSeeded(world, key);
  await closeWorld(world);
});

test("every page and API endpoint answers each actor as SPEC §4/§5 say, for each toggle on and off", async () => {
  test.setTimeout(300_000);
  const started = Date.now();
  const mismatches: string[] = [];
  const covered = new Set<string>();
  let count = 0;
  const run = async (cases: Case[]) => {
    count += cases.length;
    for (const c of cases) covered.add(c.key);
    mismatches.push(...(await runCases(cases)));
  };

  const me = (await world.actors.acmeOwner.send("GET", "/api/v1/me")).json as { agency: { id: string } };
  await run(edgeCases(world, me.agency.id));
  for (const round of ROUNDS) {
    for (const [key, s] of Object.entries(round.clients) as [ClientKey, { on: Toggle[]; manageUsers: boolean }][]) {
      await setClientState(world, key, togglesOf(s.on), s.manageUsers);
    }
    const cases: Case[] = [];
    for (const [name, spec] of Object.entries(ACTOR_SPECS)) {
      if (spec.kind === "client" && (round.name === "seeded" || CHANGED.includes(spec.client))) cases.push(...portalCases(world, name, spec, round.name));
      if (spec.kind === "staff" && round.staff) cases.push(...consoleCases(world, name, spec, round.name));
    }
    await run(cases);
  }
  for (const key of CHANGED) await restoreSeeded(world, key);

  const uncovered = [...Object.keys(PAGES), ...Object.keys(ROUTES)].filter((key) => !covered.has(key));
  console.log(`authz oracle: ${count} cases over ${covered.size} endpoints, ${ROUNDS.length} toggle rounds, ${mismatches.length} mismatches, ${Math.round((Date.now() - started) / 1000)} s`);
  expect(uncovered, "classified endpoints the oracle sent no case to").toEqual([]);
  expect(mismatches).toEqual([]);
});

test("every server action refuses, over HTTP, an actor the SPEC refuses it to, and writes nothing", async () => {
  const ids = actionIds();
  const probes = actionProbes(world);
  const unprobed = unprobedActions();
  const classified = Object.keys(ACTIONS).filter((key) => !unprobed.includes(key));
  expect(classified.filter((key) => !probes.some((p) => p.key === key)), "actions with no refusal probe").toEqual([]);

  const heads = await auditHeads();
  const problems: string[] = [];
  for (const probe of probes) {
    const id = ids.get(probe.key);
    if (!id) { problems.push(`${probe.key}: not in the build's server-reference-manifest`); continue; }
    const { status, result, text } = await invokeAction(probe.actor, id, probe.args);
    if (status !== 200 || !result || result.ok !== false || !probe.refusals.includes(result.code ?? "")) {
      problems.push(`${probe.label}: expected ${probe.refusals.join("|")}, got ${status} ${result ? JSON.stringify(result) : text.slice(0, 160)}`);
    }
  }
  const written = await writtenSince(heads);
  console.log(`authz oracle: ${probes.length} server-action refusals over ${classified.length} actions (${unprobed.length} public or self-only)`);
  expect(problems).toEqual([]);
  expect(written, "audit events written by refused actions").toEqual([]);
});

// Every verb writes its audit event in the same transaction as its change, so an agency's audit
// chain that did not grow (apart from denials) means the refused actions changed nothing.
async function auditHeads(): Promise<Record<string, number>> {
  const heads: Record<string, number> = {};
  for (const owner of ["acmeOwner", "globexOwner"]) {
    const { items } = (await world.actors[owner].send("GET", "/api/v1/audit-events?limit=1")).json as { items: { seq: number }[] };
    heads[owner] = items[0]?.seq ?? 0;
  }
  return heads;
}

async function writtenSince(heads: Record<string, number>): Promise<string[]> {
  const written: string[] = [];
  for (const [owner, seq] of Object.entries(heads)) {
    const { items } = (await world.actors[owner].send("GET", "/api/v1/audit-events?limit=100")).json as { items: { seq: number; action: string; actor: { email: string } }[] };
    for (const e of items.filter((e) => e.seq > seq && e.action !== "access_denied")) written.push(`${owner}: #${e.seq} ${e.action} by ${e.actor?.email}`);
  }
  return written;
}
