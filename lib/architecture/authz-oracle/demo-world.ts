import { openActor, type HttpActor } from "./http-actor";
import { TOGGLES, type ClientRole, type StaffRole, type Toggle, type Toggles } from "./spec-rules";

// SPEC §10's demo accounts and what the oracle must know about them: ids found through the API
// at run time (owner and client admins read them), everything else taken from the SPEC text.

export type ClientKey = "bright" | "summit" | "harbor" | "nova" | "globexDental";
export type StaffSpec = {
  kind: "staff";
  agency: "acme" | "globex";
  role: StaffRole;
  email: string;
  assigned: ClientKey[];
};
export type ClientUserSpec = {
  kind: "client";
  agency: "acme" | "globex";
  client: ClientKey;
  role: ClientRole;
  email: string;
  assignedAgents: string[];
};
export type ActorSpec = StaffSpec | ClientUserSpec;

export const ACTOR_SPECS: Record<string, ActorSpec> = {
  acmeOwner: { kind: "staff", agency: "acme", role: "owner", email: "owner@acme.test", assigned: [] },
  acmeAdmin: { kind: "staff", agency: "acme", role: "admin", email: "admin@acme.test", assigned: [] },
  acmeManager: { kind: "staff", agency: "acme", role: "manager", email: "manager@acme.test", assigned: ["bright"] },
  acmeMember: { kind: "staff", agency: "acme", role: "member", email: "member@acme.test", assigned: ["summit"] },
  globexOwner: { kind: "staff", agency: "globex", role: "owner", email: "owner@globex.test", assigned: [] },
  brightAdmin: {
    kind: "client",
    agency: "acme",
    client: "bright",
    role: "admin",
    email: "admin@brightdental.test",
    assignedAgents: [],
  },
  brightSupervisor: {
    kind: "client",
    agency: "acme",
    client: "bright",
    role: "supervisor",
    email: "supervisor@brightdental.test",
    assignedAgents: [],
  },
  brightAnalyst: {
    kind: "client",
    agency: "acme",
    client: "bright",
    role: "analyst",
    email: "analyst@brightdental.test",
    assignedAgents: [],
  },
  brightAgent: {
    kind: "client",
    agency: "acme",
    client: "bright",
    role: "agent",
    email: "agent@brightdental.test",
    assignedAgents: ["Front Desk"],
  },
  summitAdmin: {
    kind: "client",
    agency: "acme",
    client: "summit",
    role: "admin",
    email: "admin@summitlegal.test",
    assignedAgents: [],
  },
  novaAdmin: {
    kind: "client",
    agency: "acme",
    client: "nova",
    role: "admin",
    email: "admin@novarealty.test",
    assignedAgents: [],
  },
  globexDentalAdmin: {
    kind: "client",
    agency: "globex",
    client: "globexDental",
    role: "admin",
    email: "admin@globexdental.test",
    assignedAgents: [],
  },
};

const CLIENT_NAMES: Record<ClientKey, string> = {
  bright: "Bright Dental",
  summit: "Summit Legal",
  harbor: "Harbor Plumbing",
  nova: "Nova Realty",
  globexDental: "Globex Dental",
};

export type CallFx = {
  id: string;
  agentId: string;
  reviewStatus: string;
  summary: string | null;
  hasRecording: boolean;
};
export type ClientFx = {
  key: ClientKey;
  id: string;
  name: string;
  agency: "acme" | "globex";
  users: { id: string; email: string; role: ClientRole }[];
  agents: { id: string; name: string }[];
  calls: CallFx[]; // one completed call per agent
  invoiceId: string | null;
  integrationId: string | null;
  seeded: { permissions: Toggles; overridden: Toggles; manageUsers: boolean };
};

export type World = {
  port: number;
  hosts: { console: string; acme: string; globex: string };
  actors: Record<string, HttpActor>;
  anonymous: HttpActor;
  clients: Record<ClientKey, ClientFx>;
  staffIds: Record<string, string>; // email → user id
  /** Current toggles and "client admins manage users" of each client, as the owner last set them. */
  current: Record<ClientKey, { toggles: Toggles; manageUsers: boolean }>;
  /** AI agents (by name) each client user is assigned right now. */
  assignments: Record<string, string[]>;
};

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "demo-portal-2026";

type Json = Record<string, unknown> & { items?: Record<string, unknown>[] };

async function json(actor: HttpActor, path: string): Promise<Json> {
  const res = await actor.send("GET", path);
  if (res.status !== 200) throw new Error(`${actor.name} GET ${path}: ${res.status} ${res.text.slice(0, 200)}`);
  return res.json as Json;
}

export function hostOf(world: Pick<World, "hosts">, spec: ActorSpec): string {
  return spec.kind === "staff" ? world.hosts.console : world.hosts[spec.agency];
}

export async function openWorld(port: number): Promise<World> {
  const hosts = { console: `localhost:${port}`, acme: `acme.localhost:${port}`, globex: `globex.localhost:${port}` };
  const actors: Record<string, HttpActor> = {};
  for (const [name, spec] of Object.entries(ACTOR_SPECS)) {
    actors[name] = await openActor(port, name, hostOf({ hosts }, spec), spec.email, DEMO_PASSWORD);
  }
  const anonymous = await openActor(port, "anonymous", hosts.acme, null, "");
  const assignments = Object.fromEntries(
    Object.entries(ACTOR_SPECS).flatMap(([name, s]) => (s.kind === "client" ? [[name, [...s.assignedAgents]]] : [])),
  );
  const world: World = {
    port,
    hosts,
    actors,
    anonymous,
    clients: {} as World["clients"],
    staffIds: {},
    current: {} as World["current"],
    assignments,
  };

  const owner = actors.acmeOwner;
  const listed = [
    ...(await json(owner, "/api/v1/clients?limit=100")).items!,
    ...(await json(actors.globexOwner, "/api/v1/clients?limit=100")).items!,
  ];
  for (const who of ["acmeOwner", "globexOwner"]) {
    for (const s of (await json(actors[who], "/api/v1/staff?limit=100")).items!)
      world.staffIds[String(s.email)] = String(s.id);
  }
  for (const key of Object.keys(CLIENT_NAMES) as ClientKey[]) {
    const row = listed.find((c) => c.name === CLIENT_NAMES[key]);
    if (!row) throw new Error(`Demo client ${CLIENT_NAMES[key]} not found`);
    const agency = key === "globexDental" ? "globex" : "acme";
    const staff = agency === "acme" ? owner : actors.globexOwner;
    const perms = await json(staff, `/api/v1/clients/${row.id}/permissions`);
    const users = (await json(staff, `/api/v1/clients/${row.id}/users?limit=100`)).items!.map((u) => ({
      id: String(u.id),
      email: String(u.email),
      role: u.role as ClientRole,
    }));
    world.clients[key] = {
      key,
      id: String(row.id),
      name: CLIENT_NAMES[key],
      agency,
      users,
      agents: [],
      calls: [],
      invoiceId: null,
      integrationId: null,
      seeded: {
        permissions: perms.permissions as Toggles,
        overridden: perms.overridden as Toggles,
        manageUsers: Boolean(row.clientAdminsManageUsers),
      },
    };
    world.current[key] = {
      toggles: { ...(perms.permissions as Toggles) },
      manageUsers: Boolean(row.clientAdminsManageUsers),
    };
  }

  // The client admins read their own ids with every section on, then the seeded state returns.
  const admins: Partial<Record<ClientKey, string>> = {
    bright: "brightAdmin",
    summit: "summitAdmin",
    nova: "novaAdmin",
    globexDental: "globexDentalAdmin",
  };
  for (const [key, actorName] of Object.entries(admins) as [ClientKey, string][]) {
    const allOn = Object.fromEntries(TOGGLES.map((t) => [t, true])) as Toggles;
    await setClientState(world, key, allOn, world.current[key].manageUsers);
    await readClientFixtures(world, actors[actorName], world.clients[key]);
  }
  for (const key of Object.keys(admins) as ClientKey[]) await restoreSeeded(world, key);
  return world;
}

async function readClientFixtures(world: World, admin: HttpActor, fx: ClientFx) {
  fx.agents = (await json(admin, "/api/v1/portal/agents")).items!.map((a) => ({
    id: String(a.id),
    name: String(a.name),
  }));
  for (const agent of fx.agents) {
    const [call] = (await json(admin, `/api/v1/portal/calls?agentId=${agent.id}&status=completed&limit=1`)).items!;
    if (!call) continue;
    const detail = await json(admin, `/api/v1/portal/calls/${call.id}`);
    fx.calls.push({
      id: String(call.id),
      agentId: agent.id,
      reviewStatus: String(call.reviewStatus),
      summary: typeof detail.summary === "string" ? detail.summary : null,
      hasRecording: typeof detail.recordingUrl === "string",
    });
  }
  const invoices = (await json(admin, "/api/v1/portal/billing")).invoices as { id: string }[];
  fx.invoiceId = invoices[0]?.id ?? null;
  fx.integrationId = String((await json(admin, "/api/v1/portal/integrations")).items![0]?.id ?? "") || null;
}

function ownerFor(world: World, key: ClientKey): HttpActor {
  return world.clients[key].agency === "acme" ? world.actors.acmeOwner : world.actors.globexOwner;
}

/** Flips a client's toggles and its "client admins manage users" switch through the API, as its agency's owner. */
export async function setClientState(
  world: World,
  key: ClientKey,
  toggles: Toggles,
  manageUsers: boolean,
  patch: Record<string, unknown> = toggles,
) {
  const owner = ownerFor(world, key);
  const id = world.clients[key].id;
  const { version } = await json(owner, `/api/v1/clients/${id}/permissions`);
  const res = await owner.send("PATCH", `/api/v1/clients/${id}/permissions`, { body: { version, ...patch } });
  if (res.status !== 200) throw new Error(`setting ${key}'s toggles: ${res.status} ${res.text.slice(0, 300)}`);
  const patched = await owner.send("PATCH", `/api/v1/clients/${id}`, {
    body: { clientAdminsManageUsers: manageUsers },
  });
  if (patched.status !== 200)
    throw new Error(`setting ${key}'s clientAdminsManageUsers: ${patched.status} ${patched.text.slice(0, 300)}`);
  world.current[key] = { toggles: { ...toggles }, manageUsers };
}

/** Back to the seeded values AND the seeded "overridden" marks, so later specs find the demo data as the SPEC describes it. */
export async function restoreSeeded(world: World, key: ClientKey) {
  const { permissions, overridden, manageUsers } = world.clients[key].seeded;
  const keep = TOGGLES.filter((t) => overridden[t]);
  const reset = TOGGLES.filter((t) => !overridden[t]);
  const values: Partial<Record<Toggle, boolean>> = Object.fromEntries(keep.map((t) => [t, permissions[t]]));
  await setClientState(world, key, { ...permissions }, manageUsers, { ...values, reset });
  const after = await json(ownerFor(world, key), `/api/v1/clients/${world.clients[key].id}/permissions`);
  if (
    TOGGLES.some(
      (t) => (after.overridden as Toggles)[t] !== overridden[t] || (after.permissions as Toggles)[t] !== permissions[t],
    )
  ) {
    throw new Error(`${key} was not restored: ${JSON.stringify(after)}`);
  }
}

/** Assigns a client user these AI agents (by name), as the owner. */
export async function setAssignments(world: World, actorName: string, agentNames: string[]) {
  const spec = ACTOR_SPECS[actorName];
  if (spec.kind !== "client") throw new Error(`${actorName} is not a client user`);
  const fx = world.clients[spec.client];
  const userId = fx.users.find((u) => u.email === spec.email)!.id;
  const agentIds = fx.agents.filter((a) => agentNames.includes(a.name)).map((a) => a.id);
  const res = await ownerFor(world, spec.client).send("PATCH", `/api/v1/clients/${fx.id}/users/${userId}`, {
    body: { agentIds },
  });
  if (res.status !== 200) throw new Error(`assigning ${actorName}: ${res.status} ${res.text.slice(0, 300)}`);
  world.assignments[actorName] = [...agentNames];
}

/** Signs a demo account in again (after something ended its sessions). */
export async function reopenActor(world: World, actorName: string) {
  await world.actors[actorName].dispose();
  world.actors[actorName] = await openActor(
    world.port,
    actorName,
    hostOf(world, ACTOR_SPECS[actorName]),
    ACTOR_SPECS[actorName].email,
    DEMO_PASSWORD,
  );
}

export async function closeWorld(world: World) {
  await Promise.all([...Object.values(world.actors), world.anonymous].map((a) => a.dispose()));
}
