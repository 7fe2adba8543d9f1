import type { Outcome } from "./http-actor";
import type { ClientFx, ClientUserSpec, World } from "./demo-world";
import { navHrefs, RANDOM_UUID, setDiff, unescapeHtml, type Case } from "./run-cases";
import { agentVisible, clientCapabilities, clientMay, TOGGLES, type ClientView } from "./spec-rules";

// Client users on their portal host (SPEC §2, §5, §6, §9): every portal page and API endpoint,
// for the toggles the client has right now. Writes are probed so that nothing can change:
// a stale version, the value already stored, an id that does not exist, or a body that fails
// validation once authorization has passed (so "allowed" answers 409/422, "refused" 403/404).

type Json = Record<string, unknown> & { items?: Record<string, unknown>[] };
const DETAIL_FIELDS = ["transcript", "summary", "sentiment"] as const;

/** Sections in navigation, and the capability that shows each (SPEC §2: hidden = absent + 404). */
const SECTIONS: [string, string][] = [
  ["/agents", "agents.read"],
  ["/calls", "calls.read"],
  ["/analytics", "analytics.read"],
  ["/billing", "billing.read"],
  ["/integrations", "integrations.read"],
  ["/team", "team.manage"],
  ["/access-log", "access_log.read"],
  ["/settings", "settings.manage"],
];

/**
 * `thorough` (the first round) probes every agent and call and every kind of foreign id; later
 * rounds, which only change toggles, probe one visible and one hidden item and one foreign id,
 * which keeps a run of four rounds within a few minutes.
 */
export function portalCases(
  world: World,
  actorName: string,
  spec: ClientUserSpec,
  state: string,
  thorough: boolean,
): Case[] {
  const actor = world.actors[actorName];
  const fx = world.clients[spec.client];
  const view: ClientView = { role: spec.role, ...world.current[spec.client] };
  const may = (cap: string) => clientMay(view, cap);
  const assigned = fx.agents.filter((a) => world.assignments[actorName].includes(a.name)).map((a) => a.id);
  const sees = (agentId: string) => agentVisible(spec.role, assigned, agentId);
  // Another client of the same agency, and a client of another agency: both "another tenant".
  const sibling = spec.client === "summit" ? world.clients.bright : world.clients.summit;
  const foreign = spec.agency === "acme" ? world.clients.globexDental : world.clients.bright;
  const strangers: ClientFx[] = thorough ? [sibling, foreign] : [sibling];
  const madeUp = thorough ? [RANDOM_UUID, "not-a-uuid"] : [];
  const cases: Case[] = [];
  const add = (key: string, method: string, path: string, expect: number[], extra: Partial<Case> = {}) =>
    cases.push({
      key,
      actor,
      method,
      path,
      expect,
      label: `[${state}] ${actorName} ${method} ${path}${extra.body ? ` ${JSON.stringify(extra.body)}` : ""}`,
      ...extra,
    });
  /** Own resource: missing capability 403, outside the assignment scope 404. */
  const own = (cap: string, visible: boolean, allowed: number[] = [200]) =>
    !may(cap) ? [403] : visible ? allowed : [404];
  /** Another tenant's or a made-up id: 404 with the capability; without it 403 or 404 (neither depends on the id). */
  const stranger = (cap: string) => (may(cap) ? [404] : [403, 404]);

  add("GET /api/v1/me", "GET", "/api/v1/me", [200], {
    check: (o) => setDiff("capabilities", ((o.json as Json).capabilities as string[]) ?? [], clientCapabilities(view)),
  });

  // Agents
  const visibleAgents = fx.agents.filter((a) => sees(a.id)).map((a) => a.id);
  add("GET /api/v1/portal/agents", "GET", "/api/v1/portal/agents", own("agents.read", true), {
    check: (o) =>
      o.status === 200 &&
      setDiff(
        "agents listed",
        ((o.json as Json).items ?? []).map((a) => String(a.id)),
        visibleAgents,
      ),
  });
  for (const agent of thorough ? fx.agents : sample(fx.agents, (a) => sees(a.id))) {
    add(
      "GET /api/v1/portal/agents/[id]",
      "GET",
      `/api/v1/portal/agents/${agent.id}`,
      own("agents.read", sees(agent.id)),
    );
    add(
      "PATCH /api/v1/portal/agents/[id]",
      "PATCH",
      `/api/v1/portal/agents/${agent.id}`,
      own("agents.update", sees(agent.id), [409]),
      { body: { version: 999999, greeting: "Oracle probe" } },
    );
    add(
      "POST /api/v1/portal/agents/[id]/revert",
      "POST",
      `/api/v1/portal/agents/${agent.id}/revert`,
      own("agents.update", sees(agent.id), [409]),
      { body: { toVersion: 1, version: 999999 } },
    );
  }
  // Pages cost ten API calls each: one agent the viewer sees and, when there is one, one it does not.
  for (const agent of sample(fx.agents, (a) => sees(a.id)))
    add("page portal:/agents/[id]", "GET", `/agents/${agent.id}`, may("agents.read") && sees(agent.id) ? [200] : [404]);
  for (const id of [...strangers.map((c) => c.agents[0].id), ...madeUp]) {
    add("GET /api/v1/portal/agents/[id]", "GET", `/api/v1/portal/agents/${id}`, stranger("agents.read"));
    add("PATCH /api/v1/portal/agents/[id]", "PATCH", `/api/v1/portal/agents/${id}`, stranger("agents.update"), {
      body: { version: 999999, greeting: "Oracle probe" },
    });
    add(
      "POST /api/v1/portal/agents/[id]/revert",
      "POST",
      `/api/v1/portal/agents/${id}/revert`,
      stranger("agents.update"),
      { body: { toVersion: 1, version: 999999 } },
    );
  }
  add("page portal:/agents/[id]", "GET", `/agents/${sibling.agents[0].id}`, [404]);

  // Calls: list, detail fields, review, delete, recording, export
  const visibleAgentIds = new Set(visibleAgents);
  add("GET /api/v1/portal/calls", "GET", "/api/v1/portal/calls?limit=100", own("calls.read", true), {
    check: (o) => o.status === 200 && listProblems(o, visibleAgentIds, may),
  });
  for (const call of thorough ? fx.calls : sample(fx.calls, (c) => sees(c.agentId))) {
    const visible = sees(call.agentId);
    add("GET /api/v1/portal/calls/[id]", "GET", `/api/v1/portal/calls/${call.id}`, own("calls.read", visible), {
      check: (o) => o.status === 200 && detailProblems(o.json as Json, may, call.hasRecording),
    });
    add("PATCH /api/v1/portal/calls/[id]", "PATCH", `/api/v1/portal/calls/${call.id}`, own("calls.review", visible), {
      body: { reviewStatus: call.reviewStatus },
    });
    // A refused delete is sent for real (and must change nothing); an allowed one only for a made-up id.
    if (!may("calls.delete"))
      add("DELETE /api/v1/portal/calls/[id]", "DELETE", `/api/v1/portal/calls/${call.id}`, [403]);
    if (call.hasRecording) {
      add(
        "GET /api/v1/portal/calls/[id]/recording",
        "GET",
        `/api/v1/portal/calls/${call.id}/recording`,
        own("calls.recording.play", visible, [200, 206]),
        { headers: { range: "bytes=0-15" } },
      );
      add(
        "GET /api/v1/portal/calls/[id]/recording",
        "GET",
        `/api/v1/portal/calls/${call.id}/recording?download=1`,
        own("calls.recording.download", visible, [200, 206]),
        { headers: { range: "bytes=0-15" } },
      );
    }
  }
  for (const call of sample(fx.calls, (c) => sees(c.agentId))) {
    add(
      "page portal:/calls/[id]",
      "GET",
      `/calls/${call.id}`,
      may("calls.read") && sees(call.agentId) ? [200] : [404],
      {
        check: (o) => o.status === 200 && callPageProblems(o.text, call, may),
      },
    );
  }
  if (may("calls.delete"))
    add("DELETE /api/v1/portal/calls/[id]", "DELETE", `/api/v1/portal/calls/${RANDOM_UUID}`, [404]);
  for (const id of [...strangers.map((c) => c.calls[0].id), ...madeUp]) {
    const reviewStatus = strangers.flatMap((c) => c.calls).find((c) => c.id === id)?.reviewStatus ?? "new";
    add("GET /api/v1/portal/calls/[id]", "GET", `/api/v1/portal/calls/${id}`, stranger("calls.read"));
    add("PATCH /api/v1/portal/calls/[id]", "PATCH", `/api/v1/portal/calls/${id}`, stranger("calls.review"), {
      body: { reviewStatus },
    });
    add("DELETE /api/v1/portal/calls/[id]", "DELETE", `/api/v1/portal/calls/${id}`, stranger("calls.delete"));
    add(
      "GET /api/v1/portal/calls/[id]/recording",
      "GET",
      `/api/v1/portal/calls/${id}/recording`,
      stranger("calls.recording.play"),
    );
    add(
      "GET /api/v1/portal/calls/[id]/recording",
      "GET",
      `/api/v1/portal/calls/${id}/recording?download=1`,
      stranger("calls.recording.download"),
    );
  }
  add("page portal:/calls/[id]", "GET", `/calls/${foreign.calls[0].id}`, [404]);
  const visibleAgentNames = new Set(fx.agents.filter((a) => sees(a.id)).map((a) => a.name));
  add("GET /api/v1/portal/calls/export", "GET", "/api/v1/portal/calls/export", own("calls.export", true), {
    check: (o) => o.status === 200 && exportProblems(o.text, visibleAgentNames, may),
  });

  // Analytics, billing, integrations
  add("GET /api/v1/portal/analytics", "GET", "/api/v1/portal/analytics?days=7", own("analytics.read", true));
  add("GET /api/v1/portal/billing", "GET", "/api/v1/portal/billing", own("billing.read", true));
  // The client's settings: an unknown zone passes authorization and is refused, so nothing changes.
  add("GET /api/v1/portal/settings", "GET", "/api/v1/portal/settings", own("settings.manage", true));
  add("PATCH /api/v1/portal/settings", "PATCH", "/api/v1/portal/settings", may("settings.manage") ? [422] : [403], {
    body: { timeZone: "Nowhere/Oracle" },
  });
  // The client's API keys: its admins, and only while the agency allows client keys (else 403 too).
  const keys = may("settings.manage") ? [200, 403] : [403];
  add("GET /api/v1/portal/api-keys", "GET", "/api/v1/portal/api-keys", keys);
  add("page portal:/settings/api-keys", "GET", "/settings/api-keys", may("settings.manage") ? [200, 404] : [404]);
  add("POST /api/v1/portal/api-keys", "POST", "/api/v1/portal/api-keys", may("settings.manage") ? [422, 403] : [403], {
    body: may("settings.manage") ? { name: "", scopes: ["calls.read"] } : { name: "Probe", scopes: ["calls.read"] },
  });
  add(
    "DELETE /api/v1/portal/api-keys/[id]",
    "DELETE",
    `/api/v1/portal/api-keys/${RANDOM_UUID}`,
    may("settings.manage") ? [404, 403] : [403],
  );
  if (fx.invoiceId) {
    add(
      "GET /api/v1/portal/billing/invoices/[id]",
      "GET",
      `/api/v1/portal/billing/invoices/${fx.invoiceId}`,
      own("billing.read", true),
    );
    add(
      "GET /api/v1/portal/billing/invoices/[id]/pdf",
      "GET",
      `/api/v1/portal/billing/invoices/${fx.invoiceId}/pdf`,
      own("billing.read", true),
    );
    add(
      "page portal:/billing/invoices/[id]",
      "GET",
      `/billing/invoices/${fx.invoiceId}`,
      may("billing.read") ? [200] : [404],
    );
  }
  for (const id of [...strangers.map((c) => c.invoiceId).filter((x): x is string => !!x), ...madeUp.slice(0, 1)]) {
    add(
      "GET /api/v1/portal/billing/invoices/[id]",
      "GET",
      `/api/v1/portal/billing/invoices/${id}`,
      stranger("billing.read"),
    );
    add(
      "GET /api/v1/portal/billing/invoices/[id]/pdf",
      "GET",
      `/api/v1/portal/billing/invoices/${id}/pdf`,
      stranger("billing.read"),
    );
  }
  if (sibling.invoiceId)
    add("page portal:/billing/invoices/[id]", "GET", `/billing/invoices/${sibling.invoiceId}`, [404]);
  add("GET /api/v1/portal/integrations", "GET", "/api/v1/portal/integrations", own("integrations.read", true), {
    check: (o) => (/whsec_/.test(o.text) ? "a webhook signing secret is in the list" : undefined),
  });
  add(
    "POST /api/v1/portal/integrations",
    "POST",
    "/api/v1/portal/integrations",
    may("integrations.manage") ? [422] : [403],
    { body: { provider: "no-such-provider" } },
  );
  if (fx.integrationId) {
    add(
      "PATCH /api/v1/portal/integrations/[id]",
      "PATCH",
      `/api/v1/portal/integrations/${fx.integrationId}`,
      may("integrations.manage") ? [422] : [403],
      { body: { name: "" } },
    );
    if (!may("integrations.manage")) {
      add(
        "DELETE /api/v1/portal/integrations/[id]",
        "DELETE",
        `/api/v1/portal/integrations/${fx.integrationId}`,
        [403],
      );
      add(
        "POST /api/v1/portal/integrations/[id]/test",
        "POST",
        `/api/v1/portal/integrations/${fx.integrationId}/test`,
        [403],
      );
    }
  }
  for (const id of [...strangers.map((c) => c.integrationId).filter((x): x is string => !!x), ...madeUp.slice(0, 1)]) {
    add(
      "PATCH /api/v1/portal/integrations/[id]",
      "PATCH",
      `/api/v1/portal/integrations/${id}`,
      stranger("integrations.manage"),
      { body: { name: "Oracle probe" } },
    );
    add(
      "DELETE /api/v1/portal/integrations/[id]",
      "DELETE",
      `/api/v1/portal/integrations/${id}`,
      stranger("integrations.manage"),
    );
    add(
      "POST /api/v1/portal/integrations/[id]/test",
      "POST",
      `/api/v1/portal/integrations/${id}/test`,
      stranger("integrations.manage"),
    );
  }

  cases.push(...teamCases(world, actorName, spec, state, may));
  if (thorough) cases.push(...staffOnlyCases(world, actorName, spec, state));

  // Pages and navigation
  const expectedNav = SECTIONS.filter(([, cap]) => may(cap)).map(([href]) => href);
  const nothingOn = TOGGLES.every((t) => !view.toggles[t]);
  add("page portal:/account", "GET", "/account", [200]);
  add("page portal:/", "GET", "/", [200], {
    check: (o) =>
      setDiff(
        "navigation",
        navHrefs(o.text).filter((h) => h !== "/"),
        expectedNav,
      ) ??
      (nothingOn && !o.text.includes('data-testid="nothing-enabled"')
        ? 'no section is on, but the "nothing enabled yet" page is not shown'
        : undefined),
  });
  for (const [href, cap] of SECTIONS) add(`page portal:${href}`, "GET", href, may(cap) ? [200] : [404]);
  return cases;
}

/** The first item the viewer sees and the first it does not (if any). */
function sample<T>(items: T[], visible: (item: T) => boolean): T[] {
  return [items.find(visible), items.find((i) => !visible(i))].filter((i): i is T => i !== undefined);
}

function teamCases(
  world: World,
  actorName: string,
  spec: ClientUserSpec,
  state: string,
  may: (cap: string) => boolean,
): Case[] {
  const actor = world.actors[actorName];
  const fx = world.clients[spec.client];
  const other = spec.client === "summit" ? world.clients.bright : world.clients.summit;
  const target = fx.users.find((u) => u.email !== spec.email) ?? fx.users[0];
  const manage = may("team.manage");
  const cases: Case[] = [];
  const add = (key: string, method: string, path: string, expect: number[], body?: unknown) =>
    cases.push({
      key,
      actor,
      method,
      path,
      expect,
      body,
      label: `[${state}] ${actorName} ${method} ${path}${body ? ` ${JSON.stringify(body)}` : ""}`,
    });
  const base = `/api/v1/clients/${fx.id}`;
  add("GET /api/v1/clients/[id]/users", "GET", `${base}/users`, manage ? [200] : [403]);
  add("GET /api/v1/clients/[id]/invitations", "GET", `${base}/invitations`, manage ? [200] : [403]);
  add(
    "POST /api/v1/clients/[id]/invitations",
    "POST",
    `${base}/invitations`,
    manage ? [422] : [403],
    manage ? { email: "not-an-email", role: "analyst" } : { email: "oracle-probe@example.test", role: "analyst" },
  );
  add(
    "PATCH /api/v1/clients/[id]/users/[userId]",
    "PATCH",
    `${base}/users/${target.id}`,
    manage ? [422] : [403],
    manage ? { role: "no-such-role" } : { role: target.role },
  );
  for (const [key, method, suffix] of [
    ["DELETE /api/v1/clients/[id]/users/[userId]", "DELETE", ""],
    ["POST /api/v1/clients/[id]/users/[userId]/sign-out", "POST", "/sign-out"],
  ] as const) {
    add(key, method, `${base}/users/${manage ? RANDOM_UUID : target.id}${suffix}`, manage ? [404] : [403]);
  }
  add(
    "POST /api/v1/clients/[id]/invitations/[invId]/resend",
    "POST",
    `${base}/invitations/${RANDOM_UUID}/resend`,
    manage ? [404] : [403],
  );
  add(
    "DELETE /api/v1/clients/[id]/invitations/[invId]",
    "DELETE",
    `${base}/invitations/${RANDOM_UUID}`,
    manage ? [404] : [403],
  );
  // Another client's team does not exist for this user.
  const otherBase = `/api/v1/clients/${other.id}`;
  add("GET /api/v1/clients/[id]/users", "GET", `${otherBase}/users`, [404]);
  add("GET /api/v1/clients/[id]/invitations", "GET", `${otherBase}/invitations`, [404]);
  add("POST /api/v1/clients/[id]/invitations", "POST", `${otherBase}/invitations`, [404], {
    email: "oracle-probe@example.test",
    role: "analyst",
  });
  add("PATCH /api/v1/clients/[id]/users/[userId]", "PATCH", `${otherBase}/users/${other.users[0].id}`, [404], {
    role: other.users[0].role,
  });
  add("DELETE /api/v1/clients/[id]/users/[userId]", "DELETE", `${otherBase}/users/${other.users[0].id}`, [404]);
  add(
    "POST /api/v1/clients/[id]/users/[userId]/sign-out",
    "POST",
    `${otherBase}/users/${other.users[0].id}/sign-out`,
    [404],
  );
  return cases;
}

/** The console's API is not there for client users: 403 or 404, never an answer. */
function staffOnlyCases(world: World, actorName: string, spec: ClientUserSpec, state: string): Case[] {
  const actor = world.actors[actorName];
  const id = world.clients[spec.client].id;
  const probes: [string, string, string, unknown?][] = [
    ["GET /api/v1/clients", "GET", "/api/v1/clients"],
    ["POST /api/v1/clients", "POST", "/api/v1/clients", { name: "Oracle probe" }],
    ["GET /api/v1/clients/[id]", "GET", `/api/v1/clients/${id}`],
    ["PATCH /api/v1/clients/[id]", "PATCH", `/api/v1/clients/${id}`, { name: world.clients[spec.client].name }],
    ["DELETE /api/v1/clients/[id]", "DELETE", `/api/v1/clients/${id}`],
    ["GET /api/v1/clients/[id]/permissions", "GET", `/api/v1/clients/${id}/permissions`],
    [
      "PATCH /api/v1/clients/[id]/permissions",
      "PATCH",
      `/api/v1/clients/${id}/permissions`,
      { version: 999999, view_agents: true },
    ],
    ["GET /api/v1/client-defaults", "GET", "/api/v1/client-defaults"],
    ["PUT /api/v1/client-defaults", "PUT", "/api/v1/client-defaults", { permissions: {}, version: 999999 }],
    ["GET /api/v1/client-defaults/propagation", "GET", "/api/v1/client-defaults/propagation"],
    [
      "POST /api/v1/client-defaults/apply",
      "POST",
      "/api/v1/client-defaults/apply",
      { clientIds: [], defaultsVersion: 999999 },
    ],
    ["GET /api/v1/staff", "GET", "/api/v1/staff"],
    ["GET /api/v1/staff/invitations", "GET", "/api/v1/staff/invitations"],
    [
      "POST /api/v1/staff/invitations",
      "POST",
      "/api/v1/staff/invitations",
      { email: "oracle-probe@example.test", role: "member" },
    ],
    ["GET /api/v1/audit-events", "GET", "/api/v1/audit-events"],
    ["GET /api/v1/audit-events/export", "GET", "/api/v1/audit-events/export?format=jsonl"],
  ];
  return probes.map(([key, method, path, body]) => ({
    key,
    actor,
    method,
    path,
    body,
    expect: [403, 404],
    label: `[${state}] ${actorName} ${method} ${path}`,
  }));
}

function listProblems(o: Outcome, visibleAgentIds: Set<string>, may: (cap: string) => boolean): string | undefined {
  const items = (o.json as Json).items ?? [];
  const outside = items.filter((c) => !visibleAgentIds.has(String((c.agent as Json | undefined)?.id)));
  if (outside.length) return `${outside.length} listed calls belong to agents outside the viewer's scope`;
  if (visibleAgentIds.size && !items.length) return "no calls listed although the viewer sees agents with calls";
  for (const c of items) {
    const leaked = [
      ...(may("calls.transcript.read") ? [] : DETAIL_FIELDS),
      ...(may("calls.recording.play") ? [] : ["recordingUrl"]),
    ].filter((f) => f in c);
    if (leaked.length) return `list item ${c.id} carries ${leaked.join(", ")}`;
  }
  return undefined;
}

function detailProblems(call: Json, may: (cap: string) => boolean, hasRecording: boolean): string | undefined {
  const wrong: string[] = [];
  for (const f of DETAIL_FIELDS) {
    if (may("calls.transcript.read") !== f in call) wrong.push(`${f} ${f in call ? "present" : "absent"}`);
  }
  if (hasRecording && may("calls.recording.play") !== "recordingUrl" in call)
    wrong.push(`recordingUrl ${"recordingUrl" in call ? "present" : "absent"}`);
  if (!may("calls.recording.play") && "recordingUrl" in call) wrong.push("recordingUrl present");
  return wrong.length ? `detail fields wrong: ${wrong.join(", ")}` : undefined;
}

function callPageProblems(
  html: string,
  call: { id: string; summary: string | null; hasRecording: boolean },
  may: (cap: string) => boolean,
): string | undefined {
  const text = unescapeHtml(html);
  if (call.summary && text.includes(call.summary.slice(0, 60)) !== may("calls.transcript.read")) {
    return `the call summary is ${may("calls.transcript.read") ? "missing from" : "shown on"} the page`;
  }
  const audio = text.includes(`/api/v1/portal/calls/${call.id}/recording`);
  if (call.hasRecording && audio !== may("calls.recording.play"))
    return `the recording is ${audio ? "linked from" : "missing from"} the page`;
  if (!may("calls.recording.download") && text.includes(`/api/v1/portal/calls/${call.id}/recording?download=1`))
    return "a download link is on the page";
  return undefined;
}

function exportProblems(
  csv: string,
  visibleAgentNames: Set<string>,
  may: (cap: string) => boolean,
): string | undefined {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  const columns = header.split(",");
  const leaked = may("calls.transcript.read") ? [] : columns.filter((c) => /sentiment|summary|transcript/i.test(c));
  if (leaked.length) return `export has columns ${leaked.join(", ")}`;
  if (columns.some((c) => /recording/i.test(c)) && !may("calls.recording.play")) return "export has a recording column";
  const agentColumn = columns.indexOf("agent");
  if (agentColumn >= 0) {
    const names = new Set(rows.map((r) => r.split(",")[agentColumn]).filter(Boolean));
    const outside = [...names].filter((n) => !visibleAgentNames.has(n.replace(/^"|"$/g, "")));
    if (outside.length) return `export has calls of ${outside.join(", ")}`;
  }
  return undefined;
}
