import { CLIENT_TABLE, STAFF_TABLE } from "./spec-rules";

// The oracle's classification of every way into the build (SPEC §2, §4, §5, §9). The route
// inventory test fails on any page, route handler method or server action missing here
// ("unclassified endpoint: …"), and the end-to-end oracle fails on any entry it did not probe,
// so a new route cannot skip the check. Methods a route answers with 405 are found by the
// inventory itself and probed for 405; they need no line here.

export type Access =
  /** Anyone, signed in or not (sign-in, invitations, resets, brand assets, Auth.js). */
  | { who: "public" }
  /** Any signed-in actor, acting on itself only (sign out, /me). */
  | { who: "signed-in" }
  /** Answers 404 to everyone (catch-alls, the benchmark page outside benchmarks). */
  | { who: "nobody" }
  /** Agency staff on the console host; `perClient` when the capability is checked against one client's scope. */
  | { who: "staff"; capability: string; perClient?: boolean }
  /** Client users on their agency's portal host (SPEC §5). */
  | { who: "client"; capability: string }
  /** One client's users and invitations: staff with this capability on the client, or the client's own admin with team.manage. */
  | { who: "client-team"; staff: "client.read" | "client.edit" }
  /** A team's people, by the team argument: the agency's staff (staff.manage), or one client's users (as "client-team" with client.edit). */
  | { who: "people" };

const pub = { who: "public" } as const;
const self = { who: "signed-in" } as const;
const nobody = { who: "nobody" } as const;
const people = { who: "people" } as const;
const staff = (capability: string, perClient = false): Access => ({ who: "staff", capability, perClient });
const client = (capability: string): Access => ({ who: "client", capability });
const team = (cap: "client.read" | "client.edit"): Access => ({ who: "client-team", staff: cap });

export const PAGES: Record<string, Access> = {
  "page /": pub, // redirects to the console
  "page /login": pub,
  // The code step of sign-in: its challenge cookie decides, for anyone holding one.
  "page /login/verify": pub,
  "page /agency/account": staff("client.read"), // any staff member, on their own account
  "page /signup": pub,
  "page /forgot-password": pub,
  "page /reset-password": pub,
  "page /accept-invite": pub,
  "page /bench-baseline": nobody,
  "page /agency": staff("client.read"),
  "page /agency/clients": staff("client.read"),
  "page /agency/clients/[id]": staff("client.read", true),
  "page /agency/clients/[id]/permissions": staff("client.read", true),
  "page /agency/clients/[id]/users": staff("client.read", true),
  // Open to all who see the client; the preview buttons only for those who may edit it (§4).
  "page /agency/clients/[id]/preview": staff("client.read", true),
  "page /agency/team": staff("staff.read"),
  "page /agency/audit": staff("audit.read"),
  "page /agency/settings": staff("client.read"), // redirects to client defaults
  "page /agency/settings/client-defaults": staff("client.read"), // editable by defaults.update only
  "page /agency/settings/branding": staff("settings.manage"),
  "page /agency/settings/domains": staff("settings.manage"),
  "page /agency/settings/audit": staff("settings.manage"),
  "page /agency/settings/security": staff("settings.manage"),
  "page /agency/settings/api-keys": staff("settings.manage"),
  "page /agency/settings/api-reference": staff("settings.manage"),
  "page /agency/settings/voice-providers": staff("settings.manage"),
  "page /agency/outbox": staff("settings.manage"),
  "page /agency/outbox/[mailId]": staff("settings.manage"),
  "page /agency/clients/[id]/security": staff("client.edit", true),
  // Seen by all who see the client; the connect form only for owners/admins who may edit it.
  "page /agency/clients/[id]/providers": staff("client.read", true),
  "page portal:/login": pub,
  "page portal:/login/verify": pub,
  "page portal:/account": self,
  "page portal:/forgot-password": pub,
  "page portal:/reset-password": pub,
  "page portal:/accept-invite": pub,
  "page portal:/preview": pub, // redeems a single-use preview hand-off token
  "page portal:/": self,
  "page portal:/agents": client("agents.read"),
  "page portal:/agents/[id]": client("agents.read"),
  "page portal:/calls": client("calls.read"),
  "page portal:/calls/[id]": client("calls.read"),
  "page portal:/analytics": client("analytics.read"),
  "page portal:/billing": client("billing.read"),
  "page portal:/billing/invoices/[id]": client("billing.read"),
  "page portal:/integrations": client("integrations.read"),
  "page portal:/team": client("team.manage"),
  "page portal:/settings": client("settings.manage"),
  "page portal:/settings/api-keys": client("settings.manage"),
  "page portal:/access-log": client("access_log.read"),
};

export const ROUTES: Record<string, Access> = {
  "GET /api/auth/[...nextauth]": pub,
  "POST /api/auth/[...nextauth]": pub,
  // Load balancer probes: a fixed status, no tenant data, no session read.
  "GET /api/health": pub,
  "GET /api/ready": pub,
  // The page cache's counters for the benchmark: 404 unless the server runs with BENCH_BASELINE=1.
  "GET /bench-baseline/page-cache": nobody,
  // Voice-provider webhooks: no session or key, the provider's signature on the body is the credential.
  "POST /api/ingest/[provider]/[webhookId]": pub,
  "GET /api/v1/[...rest]": nobody,
  "POST /api/v1/[...rest]": nobody,
  "PUT /api/v1/[...rest]": nobody,
  "PATCH /api/v1/[...rest]": nobody,
  "DELETE /api/v1/[...rest]": nobody,
  "GET /brand-assets/[agencyId]/[kind]": pub,
  "GET /api/v1/me": self,
  "GET /api/v1/client-defaults": staff("client.read"),
  "PUT /api/v1/client-defaults": staff("defaults.update"),
  "GET /api/v1/client-defaults/propagation": staff("defaults.update"),
  "POST /api/v1/client-defaults/apply": staff("defaults.update"),
  "GET /api/v1/clients": staff("client.read"),
  "POST /api/v1/clients": staff("clients.create"),
  "GET /api/v1/clients/[id]": staff("client.read", true),
  "PATCH /api/v1/clients/[id]": staff("client.edit", true),
  "DELETE /api/v1/clients/[id]": staff("clients.archive", true),
  "GET /api/v1/clients/[id]/permissions": staff("client.read", true),
  "PATCH /api/v1/clients/[id]/permissions": staff("client.edit", true),
  "GET /api/v1/clients/[id]/invitations": team("client.read"),
  "POST /api/v1/clients/[id]/invitations": team("client.edit"),
  "POST /api/v1/clients/[id]/invitations/[invId]/resend": team("client.edit"),
  "DELETE /api/v1/clients/[id]/invitations/[invId]": team("client.edit"),
  "GET /api/v1/clients/[id]/users": team("client.read"),
  "PATCH /api/v1/clients/[id]/users/[userId]": team("client.edit"),
  "DELETE /api/v1/clients/[id]/users/[userId]": team("client.edit"),
  "POST /api/v1/clients/[id]/users/[userId]/sign-out": team("client.edit"),
  "GET /api/v1/staff": staff("staff.read"),
  "GET /api/v1/staff/invitations": staff("staff.manage"),
  "POST /api/v1/staff/invitations": staff("staff.manage"),
  "POST /api/v1/staff/invitations/[invId]/resend": staff("staff.manage"),
  "DELETE /api/v1/staff/invitations/[invId]": staff("staff.manage"),
  "PATCH /api/v1/staff/[userId]": staff("staff.manage"),
  "DELETE /api/v1/staff/[userId]": staff("staff.manage"),
  "POST /api/v1/staff/[userId]/sign-out": staff("staff.manage"),
  "POST /api/v1/staff/transfer-ownership": staff("ownership.transfer"),
  "GET /api/v1/audit-events": staff("audit.read"),
  "GET /api/v1/audit-events/export": staff("audit.read"),
  "GET /api/v1/portal/agents": client("agents.read"),
  "GET /api/v1/portal/agents/[id]": client("agents.read"),
  "PATCH /api/v1/portal/agents/[id]": client("agents.update"),
  "POST /api/v1/portal/agents/[id]/revert": client("agents.update"),
  "GET /api/v1/portal/calls": client("calls.read"),
  "GET /api/v1/portal/calls/export": client("calls.export"),
  "GET /api/v1/portal/calls/[id]": client("calls.read"),
  "PATCH /api/v1/portal/calls/[id]": client("calls.review"),
  "DELETE /api/v1/portal/calls/[id]": client("calls.delete"),
  "GET /api/v1/portal/calls/[id]/recording": client("calls.recording.play"), // ?download=1: calls.recording.download
  "GET /api/v1/portal/analytics": client("analytics.read"),
  "GET /api/v1/portal/billing": client("billing.read"),
  "GET /api/v1/portal/settings": client("settings.manage"),
  "GET /api/v1/portal/billing/invoices/[id]": client("billing.read"),
  "GET /api/v1/portal/billing/invoices/[id]/pdf": client("billing.read"),
  "GET /api/v1/portal/integrations": client("integrations.read"),
  "POST /api/v1/portal/integrations": client("integrations.manage"),
  "PATCH /api/v1/portal/integrations/[id]": client("integrations.manage"),
  "DELETE /api/v1/portal/integrations/[id]": client("integrations.manage"),
  "POST /api/v1/portal/integrations/[id]/test": client("integrations.manage"),
  "PATCH /api/v1/portal/settings": client("settings.manage"),
  // SSO (SPEC §11): the list shows what the viewer may configure (staff's own: settings.manage;
  // a client's: client.edit on it); the body or the connection names the tenant.
  "GET /api/v1/sso-connections": staff("client.read"),
  "POST /api/v1/sso-connections": staff("settings.manage"),
  "GET /api/v1/sso-connections/[id]": staff("settings.manage"),
  "PATCH /api/v1/sso-connections/[id]": staff("settings.manage"),
  "DELETE /api/v1/sso-connections/[id]": staff("settings.manage"),
  "POST /api/v1/sso-connections/[id]/test": staff("settings.manage"),
  // Sign-in itself, on the host the connection belongs to; anywhere else 404.
  "GET /api/sso/[connectionId]/start": pub,
  "GET /api/sso/[connectionId]/callback": pub,
  "POST /api/sso/[connectionId]/acs": pub,
  "GET /api/sso/[connectionId]/metadata": pub,
  "GET /api/v1/provider-connections": staff("settings.manage"),
  "POST /api/v1/provider-connections": staff("settings.manage"),
  "PATCH /api/v1/provider-connections/[id]": staff("settings.manage"),
  "DELETE /api/v1/provider-connections/[id]": staff("settings.manage"),
  "POST /api/v1/provider-connections/[id]/sync": staff("settings.manage"),
  "GET /api/v1/agents": staff("client.read"),
  "PATCH /api/v1/agents/[id]": staff("settings.manage"),
  // Staff directory: settings.manage; a client's (?clientId / body clientId): client.edit on that client (§11).
  "GET /api/v1/scim-directories": staff("settings.manage"),
  "POST /api/v1/scim-directories": staff("settings.manage"),
  "POST /api/v1/scim-directories/[id]/rotate-token": staff("settings.manage"),
  "DELETE /api/v1/scim-directories/[id]": staff("settings.manage"),
  "PUT /api/v1/scim-directories/[id]/groups/[groupId]": staff("settings.manage"),
  // API keys (SPEC §12): the agency's by its owners and admins, a client's by its admins.
  // Generic call ingestion (SPEC §13): an owner's or admin's key holding calls.ingest.
  "POST /api/v1/calls": staff("calls.ingest"),
  "POST /api/v1/calls/batch": staff("calls.ingest"),
  "GET /api/v1/openapi.json": pub, // the API's description: routes and input shapes, never data
  // MFA policies and resets (SPEC §11): the staff's by owners and admins, a client's by staff who may edit it.
  "GET /api/v1/security-policy": staff("settings.manage"),
  "PUT /api/v1/security-policy": staff("settings.manage"),
  "GET /api/v1/clients/[id]/security-policy": staff("client.edit", true),
  "PUT /api/v1/clients/[id]/security-policy": staff("client.edit", true),
  "DELETE /api/v1/clients/[id]/users/[userId]/mfa": staff("client.edit", true),
  "DELETE /api/v1/staff/[userId]/mfa": staff("staff.manage"),
  "GET /api/v1/api-keys": staff("settings.manage"),
  "POST /api/v1/api-keys": staff("settings.manage"),
  "PATCH /api/v1/api-keys/[id]": staff("settings.manage"),
  "DELETE /api/v1/api-keys/[id]": staff("settings.manage"),
  "GET /api/v1/portal/api-keys": client("settings.manage"),
  "POST /api/v1/portal/api-keys": client("settings.manage"),
  "DELETE /api/v1/portal/api-keys/[id]": client("settings.manage"),
  // SCIM: no session; the directory's bearer token decides, on its tenant's host only (else 401).
  "GET /api/scim/v2/[[...path]]": pub,
  "POST /api/scim/v2/[[...path]]": pub,
  "PUT /api/scim/v2/[[...path]]": pub,
  "PATCH /api/scim/v2/[[...path]]": pub,
  "DELETE /api/scim/v2/[[...path]]": pub,
};

const A = "action app/actions";

/** Server actions: each names the capability it needs; the oracle invokes it as someone without it. */
export const ACTIONS: Record<string, Access> = {
  [`${A}/sign-in.ts#signInAction`]: pub,
  [`${A}/accounts.ts#acceptInviteAction`]: pub,
  [`${A}/accounts.ts#forgotPasswordAction`]: pub,
  [`${A}/accounts.ts#resetPasswordAction`]: pub,
  [`${A}/accounts.ts#signUpAction`]: pub,
  [`${A}/redeem-preview.ts#redeemPreviewAction`]: pub,
  [`${A}/sso-discovery.ts#ssoForEmailAction`]: pub,
  [`${A}/accounts.ts#signOutEverywhereAction`]: self,
  [`${A}/sign-out.ts#signOutAction`]: self,
  // The code step of sign-in: the challenge cookie is the only credential (none: "expired").
  [`${A}/mfa-sign-in.ts#verifySecondFactorAction`]: pub,
  [`${A}/mfa-sign-in.ts#passkeySignInOptionsAction`]: pub,
  [`${A}/mfa-sign-in.ts#verifyPasskeySignInAction`]: pub,
  // One's own second factors, after the password again.
  [`${A}/account-mfa.ts#startTotpEnrolmentAction`]: self,
  [`${A}/account-mfa.ts#confirmTotpEnrolmentAction`]: self,
  [`${A}/account-mfa.ts#startPasskeyRegistrationAction`]: self,
  [`${A}/account-mfa.ts#finishPasskeyRegistrationAction`]: self,
  [`${A}/account-mfa.ts#removeMfaFactorAction`]: self,
  [`${A}/account-mfa.ts#regenerateRecoveryCodesAction`]: self,
  [`${A}/clients.ts#createClientAction`]: staff("clients.create"),
  [`${A}/clients.ts#archiveClientAction`]: staff("clients.archive", true),
  [`${A}/clients.ts#updateClientAction`]: staff("client.edit", true),
  [`${A}/clients.ts#updateClientPermissionsAction`]: staff("client.edit", true),
  [`${A}/client-defaults.ts#updateClientDefaultsAction`]: staff("defaults.update"),
  [`${A}/client-defaults.ts#previewPropagationAction`]: staff("defaults.update"),
  [`${A}/client-defaults.ts#applyDefaultsAction`]: staff("defaults.update"),
  [`${A}/people.ts#invitePersonAction`]: people,
  [`${A}/people.ts#updatePersonAction`]: people,
  [`${A}/people.ts#removePersonAction`]: people,
  [`${A}/people.ts#signOutPersonAction`]: people,
  [`${A}/people.ts#resendInvitationAction`]: people,
  [`${A}/people.ts#revokeInvitationAction`]: people,
  [`${A}/people.ts#setPortalAccessAction`]: staff("client.edit", true),
  [`${A}/people.ts#transferOwnershipAction`]: staff("ownership.transfer"),
  [`${A}/start-preview.ts#startPreviewAction`]: staff("client.edit", true),
  [`${A}/audit-settings.ts#updateRetentionAction`]: staff("settings.manage"),
  [`${A}/audit-settings.ts#createDestinationAction`]: staff("settings.manage"),
  [`${A}/audit-settings.ts#deleteDestinationAction`]: staff("settings.manage"),
  [`${A}/audit-settings.ts#setDestinationEnabledAction`]: staff("settings.manage"),
  [`${A}/audit-settings.ts#testDestinationAction`]: staff("settings.manage"),
  [`${A}/branding.ts#updateBrandingAction`]: staff("settings.manage"),
  [`${A}/domains.ts#addDomainAction`]: staff("settings.manage"),
  [`${A}/domains.ts#removeDomainAction`]: staff("settings.manage"),
  [`${A}/domains.ts#verifyDomainAction`]: staff("settings.manage"),
  [`${A}/domains.ts#setSenderAddressAction`]: staff("settings.manage"),
  [`${A}/domains.ts#verifySenderAddressAction`]: staff("settings.manage"),
  [`${A}/agents.ts#saveAgentAction`]: client("agents.update"),
  [`${A}/agents.ts#revertAgentAction`]: client("agents.update"),
  [`${A}/calls.ts#setCallReviewStatusAction`]: client("calls.review"),
  [`${A}/calls.ts#deleteCallAction`]: client("calls.delete"),
  [`${A}/integrations.ts#connectIntegrationAction`]: client("integrations.manage"),
  [`${A}/integrations.ts#updateIntegrationAction`]: client("integrations.manage"),
  [`${A}/integrations.ts#disconnectIntegrationAction`]: client("integrations.manage"),
  [`${A}/integrations.ts#sendWebhookTestAction`]: client("integrations.manage"),
  [`${A}/integrations.ts#redeliverWebhookAction`]: client("integrations.manage"),
  // Staff directory: settings.manage; a client's: client.edit on that client (SPEC §11).
  [`${A}/provider-connections.ts#connectProviderAction`]: staff("settings.manage"),
  [`${A}/provider-connections.ts#rotateProviderKeyAction`]: staff("settings.manage"),
  [`${A}/provider-connections.ts#disconnectProviderAction`]: staff("settings.manage"),
  [`${A}/provider-connections.ts#syncProviderAgentsAction`]: staff("settings.manage"),
  [`${A}/provider-connections.ts#assignProviderAgentsAction`]: staff("settings.manage"),
  [`${A}/api-keys.ts#createApiKeyAction`]: staff("settings.manage"),
  [`${A}/api-keys.ts#revokeApiKeyAction`]: staff("settings.manage"),
  [`${A}/api-keys.ts#setApiKeyRateLimitAction`]: staff("settings.manage"),
  [`${A}/scim-directories.ts#createScimDirectoryAction`]: staff("settings.manage"),
  [`${A}/scim-directories.ts#rotateScimTokenAction`]: staff("settings.manage"),
  [`${A}/scim-directories.ts#deleteScimDirectoryAction`]: staff("settings.manage"),
  [`${A}/scim-directories.ts#setScimGroupMappingAction`]: staff("settings.manage"),
  // Staff connections: settings.manage; a client's: client.edit on that client (SPEC §11), re-checked by the verbs.
  [`${A}/sso-connections.ts#createSsoConnectionAction`]: staff("settings.manage"),
  [`${A}/sso-connections.ts#updateSsoConnectionAction`]: staff("settings.manage"),
  [`${A}/sso-connections.ts#deleteSsoConnectionAction`]: staff("settings.manage"),
  [`${A}/mfa-policy.ts#setStaffMfaPolicyAction`]: staff("settings.manage"),
  [`${A}/mfa-policy.ts#setClientMfaPolicyAction`]: staff("client.edit", true),
  [`${A}/mfa-policy.ts#resetPersonMfaAction`]: people,
};

/** Every capability a classification names must be a row of the oracle's own SPEC tables. */
export function unknownCapabilities(): string[] {
  return Object.entries({ ...PAGES, ...ROUTES, ...ACTIONS }).flatMap(([key, a]) => {
    if (a.who === "staff" && !STAFF_TABLE[a.capability]) return [`${key}: ${a.capability}`];
    if (a.who === "client" && !CLIENT_TABLE[a.capability]) return [`${key}: ${a.capability}`];
    return [];
  });
}
