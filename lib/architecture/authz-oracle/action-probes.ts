import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { HttpActor } from "./http-actor";
import type { World } from "./demo-world";
import type { Team } from "../../dal/people/team";
import { ACTIONS } from "./inventory";
import { RANDOM_UUID } from "./run-cases";

// Teams as the browser hands them over (plain objects): lib/dal itself is server-only, and the
// Playwright runner that loads this file is plain node.
const STAFF_TEAM: Team = { kind: "staff" };
const clientTeam = (clientId: string): Team => ({ kind: "client", clientId });

// A server action is a public endpoint: anyone can POST to any page with its id in `Next-Action`.
// The ids are in the build (.next/server/server-reference-manifest.json); each classified action
// is invoked here over HTTP by someone the SPEC refuses it to, and must answer with a refusal.

export type ActionProbe = {
  key: string;
  actor: HttpActor;
  args: unknown[] | FormData;
  refusals: string[];
  label: string;
};

type Manifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };
export type BuiltAction = { id: string; workers: string[] };

/**
 * "action app/actions/clients.ts#createClientAction" → its id in this build and the pages whose
 * bundles carry it. Next runs an action only in such a page's worker (elsewhere it forwards the
 * request to that page's internal path, which the portal's host routing does not serve).
 */
export function builtActions(root = fileURLToPath(new URL("../../..", import.meta.url))): Map<string, BuiltAction> {
  const manifest = JSON.parse(
    readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  return new Map(
    Object.entries(manifest.node).map(([id, v]) => [
      `action ${v.filename}#${v.exportedName}`,
      { id, workers: Object.keys(v.workers) },
    ]),
  );
}

/** A URL on the actor's host of a page whose worker carries the action ("app/portal/[host]/(x)/calls/[id]/page" → "/calls/<uuid>"). */
function pathFor(action: BuiltAction, portal: boolean): string {
  const worker = action.workers.find((w) => w.startsWith("app/portal/[host]/") === portal) ?? action.workers[0];
  const segments = worker
    .replace(/^app\/(portal\/\[host\]\/)?/, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.map((s) => (/^\[.*\]$/.test(s) ? RANDOM_UUID : s)).join("/")}`;
}

export function actionProbes(world: World): ActionProbe[] {
  const { actors, clients, staffIds } = world;
  const bright = clients.bright;
  const summit = clients.summit;
  const summitAdminId = summit.users.find((u) => u.role === "admin")!.id;
  const frontDesk = bright.agents.find((a) => a.name === "Front Desk")!;
  const notFrontDeskCall = bright.calls.find((c) => c.agentId !== frontDesk.id)!;
  const viewOnly = {
    view_agents: true,
    edit_agents: false,
    view_calls: true,
    view_call_details: true,
    view_analytics: true,
    manage_billing: false,
    view_integrations: false,
    manage_integrations: false,
  };
  const branding = new FormData();
  for (const [k, v] of Object.entries({
    name: "Oracle Voice",
    slug: "acme",
    primaryColor: "#000000",
    supportEmail: "",
    senderName: "Oracle",
  }))
    branding.append(k, v);

  const F = ["forbidden"];
  const NF = ["not_found"];
  const either = ["forbidden", "not_found"];
  const A = "action app/actions";
  const probes: [string, string, unknown[] | FormData, string[]][] = [
    [`${A}/clients.ts#createClientAction`, "acmeManager", [{ name: "Oracle action probe" }], F],
    [`${A}/clients.ts#archiveClientAction`, "acmeManager", [bright.id], F],
    [`${A}/clients.ts#archiveClientAction`, "globexOwner", [bright.id], NF],
    [`${A}/clients.ts#updateClientAction`, "acmeMember", [summit.id, { name: "Oracle action probe" }], F],
    [`${A}/clients.ts#updateClientAction`, "globexOwner", [bright.id, { name: "Oracle action probe" }], NF],
    [`${A}/clients.ts#updateClientPermissionsAction`, "acmeMember", [summit.id, { version: 1, view_agents: true }], F],
    [`${A}/client-defaults.ts#updateClientDefaultsAction`, "acmeManager", [{ permissions: viewOnly, version: 1 }], F],
    [`${A}/client-defaults.ts#previewPropagationAction`, "acmeManager", [{ includeOverridden: false }], F],
    [
      `${A}/client-defaults.ts#applyDefaultsAction`,
      "acmeManager",
      [{ clientIds: [bright.id], includeOverridden: false, defaultsVersion: 1 }],
      F,
    ],
    [
      `${A}/people.ts#invitePersonAction`,
      "acmeMember",
      [clientTeam(summit.id), { email: "oracle-action@example.test", role: "analyst" }],
      F,
    ],
    [
      `${A}/people.ts#invitePersonAction`,
      "brightSupervisor",
      [clientTeam(bright.id), { email: "oracle-action@example.test", role: "analyst" }],
      F,
    ],
    [`${A}/people.ts#updatePersonAction`, "acmeMember", [clientTeam(summit.id), summitAdminId, { role: "analyst" }], F],
    [
      `${A}/people.ts#updatePersonAction`,
      "brightAdmin",
      [clientTeam(summit.id), summitAdminId, { role: "analyst" }],
      NF,
    ],
    [`${A}/people.ts#removePersonAction`, "acmeMember", [clientTeam(summit.id), summitAdminId], F],
    [`${A}/people.ts#signOutPersonAction`, "acmeMember", [clientTeam(summit.id), summitAdminId], F],
    [`${A}/people.ts#resendInvitationAction`, "acmeMember", [clientTeam(summit.id), RANDOM_UUID], F],
    [`${A}/people.ts#revokeInvitationAction`, "acmeMember", [clientTeam(summit.id), RANDOM_UUID], F],
    [`${A}/people.ts#setPortalAccessAction`, "acmeMember", [summit.id, "suspended"], F],
    [`${A}/people.ts#setPortalAccessAction`, "brightAdmin", [bright.id, "suspended"], either],
    [`${A}/start-preview.ts#startPreviewAction`, "acmeMember", [summit.id, "admin"], F],
    [
      `${A}/people.ts#invitePersonAction`,
      "acmeManager",
      [STAFF_TEAM, { email: "oracle-action@example.test", role: "member" }],
      F,
    ],
    [
      `${A}/people.ts#invitePersonAction`,
      "acmeAdmin",
      [STAFF_TEAM, { email: "oracle-action@example.test", role: "owner" }],
      F,
    ],
    [
      `${A}/people.ts#updatePersonAction`,
      "acmeManager",
      [STAFF_TEAM, staffIds["member@acme.test"], { role: "manager" }],
      F,
    ],
    [
      `${A}/people.ts#updatePersonAction`,
      "acmeAdmin",
      [STAFF_TEAM, staffIds["owner@acme.test"], { role: "member" }],
      F,
    ],
    [`${A}/people.ts#removePersonAction`, "acmeManager", [STAFF_TEAM, staffIds["member@acme.test"]], F],
    [`${A}/people.ts#signOutPersonAction`, "acmeManager", [STAFF_TEAM, staffIds["member@acme.test"]], F],
    [`${A}/people.ts#resendInvitationAction`, "acmeManager", [STAFF_TEAM, RANDOM_UUID], F],
    [`${A}/people.ts#revokeInvitationAction`, "acmeManager", [STAFF_TEAM, RANDOM_UUID], F],
    [`${A}/people.ts#transferOwnershipAction`, "acmeAdmin", [staffIds["admin@acme.test"]], F],
    [`${A}/audit-settings.ts#updateRetentionAction`, "acmeManager", [30], F],
    [
      `${A}/audit-settings.ts#createDestinationAction`,
      "acmeManager",
      [{ kind: "webhook", name: "Oracle", url: "https://example.test/hook", secret: "oracle-secret-0123456789" }],
      F,
    ],
    [`${A}/audit-settings.ts#deleteDestinationAction`, "acmeManager", [RANDOM_UUID], F],
    [`${A}/audit-settings.ts#setDestinationEnabledAction`, "acmeManager", [RANDOM_UUID, false], F],
    [`${A}/audit-settings.ts#testDestinationAction`, "acmeManager", [RANDOM_UUID], F],
    [`${A}/branding.ts#updateBrandingAction`, "acmeManager", branding, F],
    [`${A}/domains.ts#addDomainAction`, "acmeManager", ["oracle-probe.example"], F],
    [`${A}/domains.ts#removeDomainAction`, "acmeManager", [RANDOM_UUID], F],
    [`${A}/domains.ts#verifyDomainAction`, "acmeManager", [RANDOM_UUID], F],
    [`${A}/domains.ts#setSenderAddressAction`, "acmeManager", ["hello@oracle-probe.example"], F],
    [`${A}/domains.ts#verifySenderAddressAction`, "acmeManager", [], F],
    // SCIM directories are security settings (§4): a manager may not create, rotate, delete or map one.
    [`${A}/scim-directories.ts#createScimDirectoryAction`, "acmeManager", [null], either],
    [`${A}/scim-directories.ts#rotateScimTokenAction`, "acmeManager", [RANDOM_UUID], either],
    [`${A}/scim-directories.ts#deleteScimDirectoryAction`, "acmeManager", [RANDOM_UUID], either],
    [`${A}/scim-directories.ts#setScimGroupMappingAction`, "acmeManager", [RANDOM_UUID, RANDOM_UUID, "admin"], either],
    // API keys: a manager manages none; a client admin whose agency has not allowed client keys neither.
    [`${A}/api-keys.ts#createApiKeyAction`, "acmeManager", [{ name: "Oracle", scopes: ["client.read"] }], F],
    [`${A}/api-keys.ts#revokeApiKeyAction`, "acmeManager", [RANDOM_UUID], F],
    [`${A}/api-keys.ts#setApiKeyRateLimitAction`, "acmeManager", [RANDOM_UUID, 10], F],
    // Provider keys and agent assignment are settings: a manager holds neither.
    [
      `${A}/provider-connections.ts#connectProviderAction`,
      "acmeManager",
      [{ provider: "vapi", apiKey: "oracle-probe-key" }],
      F,
    ],
    [`${A}/provider-connections.ts#rotateProviderKeyAction`, "acmeManager", [RANDOM_UUID, "oracle-probe-key"], F],
    [`${A}/provider-connections.ts#disconnectProviderAction`, "acmeManager", [RANDOM_UUID], F],
    [`${A}/provider-connections.ts#syncProviderAgentsAction`, "acmeManager", [RANDOM_UUID], F],
    [`${A}/provider-connections.ts#assignProviderAgentsAction`, "acmeManager", [[RANDOM_UUID], null], F],
    // SSO connections: a manager may not configure the staff's, another agency's owner not a client's.
    [
      `${A}/sso-connections.ts#createSsoConnectionAction`,
      "acmeManager",
      [
        {
          type: "oidc",
          name: "Oracle",
          domains: ["oracle-probe.example"],
          oidc: { issuer: "https://idp.example.test", clientId: "oracle", clientSecret: "oracle-secret" },
          defaultRole: "member",
        },
      ],
      either,
    ],
    [
      `${A}/sso-connections.ts#createSsoConnectionAction`,
      "globexOwner",
      [
        {
          type: "oidc",
          clientId: bright.id,
          name: "Oracle",
          domains: ["oracle-probe.example"],
          oidc: { issuer: "https://idp.example.test", clientId: "oracle", clientSecret: "oracle-secret" },
          defaultRole: "analyst",
        },
      ],
      either,
    ],
    [`${A}/sso-connections.ts#updateSsoConnectionAction`, "acmeManager", [RANDOM_UUID, { name: "Oracle" }], either],
    [`${A}/sso-connections.ts#deleteSsoConnectionAction`, "acmeManager", [RANDOM_UUID], either],
    // MFA policy: a manager sets neither the staff's nor a client's; a member may not edit Summit; a
    // client's own admin may not reset a colleague's second factors (only staff may).
    [`${A}/mfa-policy.ts#setStaffMfaPolicyAction`, "acmeManager", [true], F],
    [`${A}/mfa-policy.ts#setClientMfaPolicyAction`, "acmeMember", [summit.id, true], F],
    [`${A}/mfa-policy.ts#setClientMfaPolicyAction`, "globexOwner", [bright.id, true], NF],
    [`${A}/mfa-policy.ts#resetPersonMfaAction`, "acmeMember", [clientTeam(summit.id), summitAdminId], F],
    [`${A}/mfa-policy.ts#resetPersonMfaAction`, "brightAdmin", [clientTeam(bright.id), summitAdminId], either],
    [`${A}/mfa-policy.ts#resetPersonMfaAction`, "acmeManager", [STAFF_TEAM, staffIds["member@acme.test"]], F],
    // Bright Dental is seeded view_only: no edit_agents, no manage_integrations.
    [
      `${A}/agents.ts#saveAgentAction`,
      "brightSupervisor",
      [frontDesk.id, { version: 1, greeting: "Oracle action probe" }],
      F,
    ],
    [`${A}/agents.ts#revertAgentAction`, "brightSupervisor", [frontDesk.id, { toVersion: 1, version: 1 }], F],
    [
      `${A}/calls.ts#setCallReviewStatusAction`,
      "brightAgent",
      [notFrontDeskCall.id, notFrontDeskCall.reviewStatus === "done" ? "new" : "done"],
      NF,
    ],
    [`${A}/calls.ts#deleteCallAction`, "brightSupervisor", [bright.calls[0].id], F],
    [`${A}/calls.ts#deleteCallAction`, "globexDentalAdmin", [bright.calls[0].id], NF],
    [
      `${A}/integrations.ts#connectIntegrationAction`,
      "brightAdmin",
      [{ provider: "webhook", name: "Oracle", config: { url: "https://example.test/hook" } }],
      F,
    ],
    [
      `${A}/integrations.ts#updateIntegrationAction`,
      "brightAdmin",
      [summit.integrationId, { name: "Oracle action probe" }],
      either,
    ],
    [`${A}/integrations.ts#disconnectIntegrationAction`, "brightAdmin", [summit.integrationId], either],
    [`${A}/integrations.ts#sendWebhookTestAction`, "brightAdmin", [summit.integrationId], either],
    [`${A}/integrations.ts#redeliverWebhookAction`, "brightAdmin", ["1"], either],
  ];
  return probes.map(([key, actorName, args, refusals]) => ({
    key,
    actor: actors[actorName],
    args,
    refusals,
    label: `${actorName} ${key.split("#")[1]}`,
  }));
}

/** Actions the SPEC lets anyone (or any signed-in user, on themselves) call: nothing to refuse. */
export function unprobedActions(): string[] {
  return Object.entries(ACTIONS)
    .filter(([, a]) => a.who === "public" || a.who === "signed-in")
    .map(([key]) => key);
}

/**
 * Calls an action the way React's client does: the arguments encoded as JSON text (or, for one
 * FormData argument, multipart fields prefixed "1_" and the root "0" pointing at them). The
 * answer is the RSC stream; the action's own result is the JSON on the line that starts "1:".
 */
export async function invokeAction(
  actor: HttpActor,
  action: BuiltAction,
  args: unknown[] | FormData,
): Promise<{ status: number; result: { ok?: boolean; code?: string } | null; text: string }> {
  const actionId = action.id;
  const path = pathFor(action, !actor.host.startsWith("localhost"));
  const headers = { "next-action": actionId, accept: "text/x-component" };
  let raw: string;
  let contentType: string;
  if (args instanceof FormData) {
    const boundary = "----oracle" + actionId.slice(0, 12);
    const parts: [string, string][] = [
      ["0", '["$K1"]'],
      ...[...args.entries()].map(([k, v]) => [`1_${k}`, String(v)] as [string, string]),
    ];
    raw =
      parts
        .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
        .join("") + `--${boundary}--\r\n`;
    contentType = `multipart/form-data; boundary=${boundary}`;
  } else {
    raw = JSON.stringify(args);
    contentType = "text/plain;charset=UTF-8";
  }
  const o = await actor.send("POST", path, { raw, headers: { ...headers, "content-type": contentType } });
  const line = o.text.split("\n").find((l) => l.startsWith("1:"));
  let result: { ok?: boolean; code?: string } | null = null;
  try {
    result = line ? JSON.parse(line.slice(2)) : null;
  } catch {
    result = null;
  }
  return { status: o.status, result, text: o.text };
}
