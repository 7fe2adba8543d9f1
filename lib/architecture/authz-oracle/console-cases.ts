import type { ClientKey, StaffSpec, World } from "./demo-world";
import { ACTOR_SPECS } from "./demo-world";
import { navHrefs, RANDOM_UUID, setDiff, unescapeHtml, type Case } from "./run-cases";
import {
  staffCapabilities,
  staffEdits,
  staffManages,
  staffMay,
  staffMayInvite,
  staffSees,
  type StaffRole,
  type StaffView,
} from "./spec-rules";

// Agency staff on the console host (SPEC §4, §9): every console page and API endpoint, for each
// demo client of both agencies (another agency's client is 404, never 403). Writes are probed
// so that nothing can change, as in portal-cases.ts.

type Json = Record<string, unknown> & { items?: Record<string, unknown>[] };

export function consoleCases(world: World, actorName: string, spec: StaffSpec, state: string): Case[] {
  const actor = world.actors[actorName];
  const view: StaffView & { userId: string } = {
    role: spec.role,
    assignedClientIds: spec.assigned.map((k) => world.clients[k].id),
    userId: world.staffIds[spec.email],
  };
  const may = (cap: string) => staffMay(view, cap);
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

  add("GET /api/v1/me", "GET", "/api/v1/me", [200], {
    check: (o) => setDiff("capabilities", ((o.json as Json).capabilities as string[]) ?? [], staffCapabilities(view)),
  });

  // Per client, both agencies' demo clients.
  const visibleNames: string[] = [];
  for (const key of Object.keys(world.clients) as ClientKey[]) {
    const fx = world.clients[key];
    const sees = fx.agency === spec.agency && staffSees(view, fx.id);
    const edits = sees && staffEdits(view, fx.id);
    if (sees) visibleNames.push(fx.name);
    const base = `/api/v1/clients/${fx.id}`;
    const gate = (allowed: number[], needs = edits) => (!sees ? [404] : !needs ? [403] : allowed);
    for (const suffix of ["", "/permissions", "/users", "/invitations"]) {
      add(`GET /api/v1/clients/[id]${suffix}`, "GET", `${base}${suffix}`, sees ? [200] : [404]);
    }
    add("PATCH /api/v1/clients/[id]", "PATCH", base, gate([422]), { body: edits ? { name: "" } : { name: fx.name } });
    add("PATCH /api/v1/clients/[id]/permissions", "PATCH", `${base}/permissions`, gate([409]), {
      body: { version: 999999, view_agents: world.current[key]?.toggles.view_agents ?? true },
    });
    // Archiving is never sent to a real client by someone allowed to do it.
    const archives = sees && may("clients.archive");
    add(
      "DELETE /api/v1/clients/[id]",
      "DELETE",
      archives ? `/api/v1/clients/${RANDOM_UUID}` : base,
      archives ? [404] : sees ? [403] : [404],
    );
    add("POST /api/v1/clients/[id]/invitations", "POST", `${base}/invitations`, gate([422]), {
      body: edits
        ? { email: "not-an-email", role: "analyst" }
        : { email: "oracle-probe@example.test", role: "analyst" },
    });
    const user = fx.users[0];
    if (user) {
      add("PATCH /api/v1/clients/[id]/users/[userId]", "PATCH", `${base}/users/${user.id}`, gate([422]), {
        body: edits ? { role: "no-such-role" } : { role: user.role },
      });
      add(
        "DELETE /api/v1/clients/[id]/users/[userId]",
        "DELETE",
        `${base}/users/${edits ? RANDOM_UUID : user.id}`,
        gate([404]),
      );
      add(
        "POST /api/v1/clients/[id]/users/[userId]/sign-out",
        "POST",
        `${base}/users/${edits ? RANDOM_UUID : user.id}/sign-out`,
        gate([404]),
      );
      add(
        "DELETE /api/v1/clients/[id]/users/[userId]/mfa",
        "DELETE",
        `${base}/users/${edits ? RANDOM_UUID : user.id}/mfa`,
        gate([404]),
      );
    }
    add(
      "POST /api/v1/clients/[id]/invitations/[invId]/resend",
      "POST",
      `${base}/invitations/${RANDOM_UUID}/resend`,
      gate([404]),
    );
    add("DELETE /api/v1/clients/[id]/invitations/[invId]", "DELETE", `${base}/invitations/${RANDOM_UUID}`, gate([404]));
    // A client's MFA policy: read and changed by staff who may edit it; nothing changes (an invalid body).
    add("GET /api/v1/clients/[id]/security-policy", "GET", `${base}/security-policy`, gate([200]));
    add("PUT /api/v1/clients/[id]/security-policy", "PUT", `${base}/security-policy`, gate([422]), {
      body: edits ? { requireMfa: "yes" } : { requireMfa: true },
    });
    const page = `/agency/clients/${fx.id}`;
    add("page /agency/clients/[id]", "GET", page, sees ? [200] : [404]);
    add("page /agency/clients/[id]/permissions", "GET", `${page}/permissions`, sees ? [200] : [404]);
    add("page /agency/clients/[id]/users", "GET", `${page}/users`, sees ? [200] : [404]);
    add("page /agency/clients/[id]/providers", "GET", `${page}/providers`, sees ? [200] : [404], {
      check: (o) => {
        const offered = !unescapeHtml(o.text).includes("Only owners and admins who may edit this client connect");
        const allowed = edits && may("settings.manage");
        return o.status === 200 && offered !== allowed
          ? `the provider form is ${allowed ? "refused to" : "offered to"} someone who ${allowed ? "may" : "may not"} connect one`
          : undefined;
      },
    });
    add("page /agency/clients/[id]/preview", "GET", `${page}/preview`, sees ? [200] : [404], {
      check: (o) =>
        o.status === 200 && unescapeHtml(o.text).includes("Only staff who may edit this client") === edits
          ? `preview is ${edits ? "refused to" : "offered to"} someone who ${edits ? "may" : "may not"} edit the client`
          : undefined,
    });
  }
  add("page /agency/clients/[id]", "GET", `/agency/clients/${RANDOM_UUID}`, [404]);

  // Agency-wide
  const demoNames = Object.values(world.clients).map((c) => c.name);
  add("GET /api/v1/clients", "GET", "/api/v1/clients?limit=100", [200], {
    check: (o) =>
      setDiff(
        "clients listed",
        ((o.json as Json).items ?? []).map((c) => String(c.name)).filter((n) => demoNames.includes(n)),
        visibleNames,
      ),
  });
  add("page /agency/clients", "GET", "/agency/clients", [200], {
    check: (o) =>
      setDiff(
        "clients on the page",
        demoNames.filter((n) => unescapeHtml(o.text).includes(`>${n}<`)),
        visibleNames,
      ),
  });
  add("POST /api/v1/clients", "POST", "/api/v1/clients", may("clients.create") ? [422] : [403], {
    body: may("clients.create") ? { name: "" } : { name: "Oracle probe" },
  });
  add("GET /api/v1/client-defaults", "GET", "/api/v1/client-defaults", [200]);
  add("PUT /api/v1/client-defaults", "PUT", "/api/v1/client-defaults", may("defaults.update") ? [409] : [403], {
    body: {
      permissions: {
        view_agents: true,
        edit_agents: false,
        view_calls: true,
        view_call_details: true,
        view_analytics: true,
        manage_billing: false,
        view_integrations: false,
        manage_integrations: false,
      },
      version: 999999,
    },
  });
  add(
    "GET /api/v1/client-defaults/propagation",
    "GET",
    "/api/v1/client-defaults/propagation",
    may("defaults.update") ? [200] : [403],
  );
  add(
    "POST /api/v1/client-defaults/apply",
    "POST",
    "/api/v1/client-defaults/apply",
    may("defaults.update") ? [409, 422] : [403],
    { body: { clientIds: [RANDOM_UUID], defaultsVersion: 999999 } },
  );
  add("GET /api/v1/staff", "GET", "/api/v1/staff", [200]);
  add("GET /api/v1/staff/invitations", "GET", "/api/v1/staff/invitations", may("staff.manage") ? [200] : [403]);
  for (const role of ["member", "owner"] as StaffRole[]) {
    const allowed = staffMayInvite(view, role);
    add("POST /api/v1/staff/invitations", "POST", "/api/v1/staff/invitations", allowed ? [422] : [403], {
      body: { email: allowed ? "not-an-email" : "oracle-probe@example.test", role },
    });
  }
  add(
    "POST /api/v1/staff/invitations/[invId]/resend",
    "POST",
    `/api/v1/staff/invitations/${RANDOM_UUID}/resend`,
    may("staff.manage") ? [404] : [403],
  );
  add(
    "DELETE /api/v1/staff/invitations/[invId]",
    "DELETE",
    `/api/v1/staff/invitations/${RANDOM_UUID}`,
    may("staff.manage") ? [404] : [403],
  );
  for (const other of Object.values(ACTOR_SPECS).filter(
    (s): s is StaffSpec => s.kind === "staff" && s.email !== spec.email,
  )) {
    const id = world.staffIds[other.email];
    if (other.agency !== spec.agency) {
      // Another agency's staff member does not exist here.
      add("PATCH /api/v1/staff/[userId]", "PATCH", `/api/v1/staff/${id}`, may("staff.manage") ? [404] : [403, 404], {
        body: { role: "member" },
      });
      add("DELETE /api/v1/staff/[userId]", "DELETE", `/api/v1/staff/${id}`, may("staff.manage") ? [404] : [403, 404]);
      add(
        "POST /api/v1/staff/[userId]/sign-out",
        "POST",
        `/api/v1/staff/${id}/sign-out`,
        may("staff.manage") ? [404] : [403, 404],
      );
      add(
        "DELETE /api/v1/staff/[userId]/mfa",
        "DELETE",
        `/api/v1/staff/${id}/mfa`,
        may("staff.manage") ? [404] : [403, 404],
      );
      continue;
    }
    const manages = staffManages(view, { id, role: other.role });
    add("PATCH /api/v1/staff/[userId]", "PATCH", `/api/v1/staff/${id}`, manages ? [422] : [403], {
      body: { role: manages ? "no-such-role" : other.role },
    });
    add(
      "DELETE /api/v1/staff/[userId]",
      "DELETE",
      `/api/v1/staff/${manages ? RANDOM_UUID : id}`,
      manages ? [404] : [403],
    );
    add(
      "POST /api/v1/staff/[userId]/sign-out",
      "POST",
      `/api/v1/staff/${manages ? RANDOM_UUID : id}/sign-out`,
      manages ? [404] : [403],
    );
    add(
      "DELETE /api/v1/staff/[userId]/mfa",
      "DELETE",
      `/api/v1/staff/${manages ? RANDOM_UUID : id}/mfa`,
      manages ? [404] : [403],
    );
  }
  add(
    "POST /api/v1/staff/transfer-ownership",
    "POST",
    "/api/v1/staff/transfer-ownership",
    may("ownership.transfer") ? [422] : [403],
    {
      body: { userId: may("ownership.transfer") ? "not-a-uuid" : view.userId },
    },
  );
  add("GET /api/v1/audit-events", "GET", "/api/v1/audit-events?limit=5", may("audit.read") ? [200] : [403]);
  const today = new Date().toISOString().slice(0, 10);
  add(
    "GET /api/v1/audit-events/export",
    "GET",
    `/api/v1/audit-events/export?format=jsonl&from=${today}`,
    may("audit.read") ? [200] : [403],
  );

  // Console pages and navigation
  add("page /agency", "GET", "/agency", [200], {
    check: (o) => {
      const nav = navHrefs(o.text);
      return nav.includes("/agency/audit") !== may("audit.read")
        ? `the Audit log link is ${may("audit.read") ? "missing" : "shown"}`
        : undefined;
    },
  });
  const holdsSettings = may("settings.manage");
  add("page /agency/team", "GET", "/agency/team", [200]);
  add("page /agency/account", "GET", "/agency/account", [200]);
  // The staff's MFA policy: owners and admins; nothing changes (an invalid body for them).
  add("GET /api/v1/security-policy", "GET", "/api/v1/security-policy", holdsSettings ? [200] : [403]);
  add("PUT /api/v1/security-policy", "PUT", "/api/v1/security-policy", holdsSettings ? [422] : [403], {
    body: holdsSettings ? { requireMfa: "yes" } : { requireMfa: true },
  });
  add("page /agency/settings", "GET", "/agency/settings", [307], {
    check: (o) =>
      /\/agency\/settings\/client-defaults$/.test(o.headers.location ?? "")
        ? undefined
        : `redirects to ${o.headers.location}`,
  });
  add("page /agency/settings/client-defaults", "GET", "/agency/settings/client-defaults", [200]);
  add("page /agency/audit", "GET", "/agency/audit", may("audit.read") ? [200] : [404]);
  for (const p of ["branding", "domains", "audit", "security", "api-keys", "api-reference", "voice-providers"])
    add(`page /agency/settings/${p}`, "GET", `/agency/settings/${p}`, may("settings.manage") ? [200] : [404]);
  // The development outbox may be narrowed further (owner only, or absent in production: it can
  // carry other people's links), never widened beyond those who manage settings.
  add("page /agency/outbox", "GET", "/agency/outbox", may("settings.manage") ? [200, 404] : [404]);
  add("page /agency/outbox/[mailId]", "GET", `/agency/outbox/${RANDOM_UUID}`, [404]);
  // SSO connections: nothing is created (an invalid body for those allowed), a random id is 404.
  add("GET /api/v1/sso-connections", "GET", "/api/v1/sso-connections", [200]);
  add("POST /api/v1/sso-connections", "POST", "/api/v1/sso-connections", may("settings.manage") ? [422] : [403], {
    body: may("settings.manage") ? { type: "oidc", name: "" } : { type: "oidc", name: "Probe", domains: [] },
  });
  add("POST /api/v1/sso-connections/[id]/test", "POST", `/api/v1/sso-connections/${RANDOM_UUID}/test`, [404]);
  for (const method of ["GET", "PATCH", "DELETE"])
    add(`${method} /api/v1/sso-connections/[id]`, method, `/api/v1/sso-connections/${RANDOM_UUID}`, [404], {
      ...(method === "PATCH" ? { body: { name: "Probe" } } : {}),
    });
  for (const [method, step] of [
    ["GET", "start"],
    ["GET", "callback"],
    ["POST", "acs"],
    ["GET", "metadata"],
  ])
    add(`${method} /api/sso/[connectionId]/${step}`, method, `/api/sso/${RANDOM_UUID}/${step}`, [404]);
  // Voice provider connections (SPEC §13): keys are settings; a probe never reaches a provider.
  const holdsKeys = may("settings.manage");
  add("GET /api/v1/provider-connections", "GET", "/api/v1/provider-connections", holdsKeys ? [200] : [403]);
  add("POST /api/v1/provider-connections", "POST", "/api/v1/provider-connections", holdsKeys ? [422] : [403], {
    body: holdsKeys
      ? { provider: "no-such-provider", apiKey: "oracle-probe-key" }
      : { provider: "vapi", apiKey: "oracle-probe-key" },
  });
  const connection = `/api/v1/provider-connections/${RANDOM_UUID}`;
  add("PATCH /api/v1/provider-connections/[id]", "PATCH", connection, holdsKeys ? [404] : [403], {
    body: { apiKey: "oracle-probe-key" },
  });
  add("DELETE /api/v1/provider-connections/[id]", "DELETE", connection, holdsKeys ? [404] : [403]);
  add("POST /api/v1/provider-connections/[id]/sync", "POST", `${connection}/sync`, holdsKeys ? [404] : [403]);
  add("GET /api/v1/agents", "GET", "/api/v1/agents", [200]);
  add("PATCH /api/v1/agents/[id]", "PATCH", `/api/v1/agents/${RANDOM_UUID}`, holdsKeys ? [404] : [403], {
    body: { clientId: null },
  });
  // Generic ingestion: nothing is stored (an invalid body for those allowed).
  const ingests = may("calls.ingest");
  add("POST /api/v1/calls", "POST", "/api/v1/calls", ingests ? [422] : [403], { body: { externalId: "oracle" } });
  add("POST /api/v1/calls/batch", "POST", "/api/v1/calls/batch", ingests ? [422] : [403], { body: { calls: [] } });
  // The agency's API keys (SPEC §12): nothing is created (an invalid body), a random id is 404.
  add("GET /api/v1/api-keys", "GET", "/api/v1/api-keys", holdsKeys ? [200] : [403]);
  add("POST /api/v1/api-keys", "POST", "/api/v1/api-keys", holdsKeys ? [422] : [403], {
    body: holdsKeys ? { name: "", scopes: ["client.read"] } : { name: "Probe", scopes: ["client.read"] },
  });
  const apiKey = `/api/v1/api-keys/${RANDOM_UUID}`;
  add("DELETE /api/v1/api-keys/[id]", "DELETE", apiKey, holdsKeys ? [404] : [403]);
  add("PATCH /api/v1/api-keys/[id]", "PATCH", apiKey, holdsKeys ? [404] : [403], { body: { rateLimitPerMinute: 10 } });
  return cases;
}
