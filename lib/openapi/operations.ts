import "server-only";
import type { z } from "zod";
import { RevertAgentInput, UpdateAgentInput } from "@/lib/agents/agent-settings";
import { createApiKeyInput, updateApiKeyInput } from "@/lib/dal/api-keys/inputs";
import { ListAuditEventsInput } from "@/lib/dal/audit/list-audit-events";
import { StreamAuditExportInput } from "@/lib/dal/audit/stream-audit-export";
import { CallFiltersInput } from "@/lib/dal/calls/call-filters";
import { IngestCallBatchInput, IngestCallInput } from "@/lib/dal/calls/ingest/ingest-input";
import { ListCallsInput } from "@/lib/dal/calls/list-calls";
import { StatsRangeInput } from "@/lib/dal/calls/stats-range";
import { UpdateCallReviewStatusInput } from "@/lib/dal/calls/update-call-review-status";
import { ApplyDefaultsInput } from "@/lib/dal/client-defaults/apply-defaults-to-clients";
import { PreviewPropagationInput } from "@/lib/dal/client-defaults/preview-defaults-propagation";
import { UpdateClientDefaultsInput } from "@/lib/dal/client-defaults/update-client-defaults";
import { UpdateClientSettingsInput } from "@/lib/dal/client-settings/update-client-settings";
import { CreateClientInput } from "@/lib/dal/clients/create-client";
import { ListClientsInput } from "@/lib/dal/clients/list-clients";
import { UpdateClientInput } from "@/lib/dal/clients/update-client";
import { UpdateClientPermissionsInput } from "@/lib/dal/clients/update-client-permissions";
import { ListParams } from "@/lib/dal/internal/list-params";
import { inviteInput, updateInput } from "@/lib/dal/people/inputs";
import { CLIENT_INPUT_SHAPE } from "@/lib/dal/people/internal/client-audience";
import { STAFF_INPUT_SHAPE } from "@/lib/dal/people/internal/staff-audience";
import { TransferOwnershipInput } from "@/lib/dal/people/transfer-ownership";
import {
  CreateProviderConnectionInput,
  UpdateProviderConnectionInput,
} from "@/lib/dal/provider-connections/provider-connection-input";
import { AssignProviderAgentInput } from "@/lib/dal/provider-agents/assign-provider-agent";
import { MfaPolicyInput } from "@/lib/dal/mfa/set-mfa-policy";
import { CreateScimDirectoryInput } from "@/lib/dal/scim-directories/create-scim-directory";
import { SetGroupMappingInput } from "@/lib/dal/scim-directories/set-group-mapping";
import { createConnectionInput, updateConnectionInput } from "@/lib/dal/sso/inputs";
import { ConnectIntegrationInput, UpdateIntegrationInput } from "@/lib/integrations/integration-input";

/**
 * The public API (SPEC §9) as data: each operation names the zod schema its verb parses, so the
 * OpenAPI document (./build-openapi-document.ts) is generated from the very schemas that refuse
 * bad input. `openapi.test.ts` fails on a route without an operation here, on an operation
 * without a route, and on an example its schema refuses.
 */
export type Operation = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI form: `/api/v1/clients/{id}`. */
  path: string;
  tag: string;
  summary: string;
  /** Who may call it, in words (the capability model of SPEC §4 and §5). */
  access: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A request body the schema accepts; checked by the test. */
  example?: unknown;
  /** The success status and what it carries. */
  success: { status: number; description: string; contentType?: string };
};

const staffAccess = (cap: string) => `Agency staff (or an agency API key) holding \`${cap}\`.`;
const clientAccess = (cap: string) => `A client's user (or a client API key) holding \`${cap}\`.`;
const json = (status: number, description: string) => ({ status, description });
const ok = (description: string) => json(200, description);
const created = (description: string) => json(201, description);
const page = (what: string) => ok(`\`{"items": [${what}], "nextCursor": string | null}\``);

const staffInvite = inviteInput(STAFF_INPUT_SHAPE);
const clientInvite = inviteInput(CLIENT_INPUT_SHAPE);
const staffUpdate = updateInput(STAFF_INPUT_SHAPE);
const clientUpdate = updateInput(CLIENT_INPUT_SHAPE);

export const OPERATIONS: Operation[] = [
  // Identity of the caller
  {
    method: "GET",
    path: "/api/v1/me",
    tag: "Account",
    summary: "Who is calling, with their capabilities",
    access: "Anyone signed in or holding a key.",
    success: ok("The actor: id, email, name, kind, role, capabilities."),
  },

  // Clients
  {
    method: "GET",
    path: "/api/v1/clients",
    tag: "Clients",
    summary: "List clients",
    access: staffAccess("client.read"),
    query: ListClientsInput,
    success: page("client"),
  },
  {
    method: "POST",
    path: "/api/v1/clients",
    tag: "Clients",
    summary: "Create a client",
    access: staffAccess("clients.create"),
    body: CreateClientInput,
    example: { name: "Harbor Dental", preset: "view_only" },
    success: created("The client."),
  },
  {
    method: "GET",
    path: "/api/v1/clients/{id}",
    tag: "Clients",
    summary: "Get a client",
    access: staffAccess("client.read"),
    success: ok("The client."),
  },
  {
    method: "PATCH",
    path: "/api/v1/clients/{id}",
    tag: "Clients",
    summary: "Update a client",
    access: staffAccess("client.edit"),
    body: UpdateClientInput,
    example: { portalAccess: "suspended", apiKeysAllowed: true },
    success: ok("The client."),
  },
  {
    method: "DELETE",
    path: "/api/v1/clients/{id}",
    tag: "Clients",
    summary: "Archive a client",
    access: staffAccess("clients.archive"),
    success: ok("The archived client."),
  },
  {
    method: "GET",
    path: "/api/v1/clients/{id}/permissions",
    tag: "Clients",
    summary: "A client's permissions, with what is overridden",
    access: staffAccess("client.read"),
    success: ok("`{permissions, overridden, version}`."),
  },
  {
    method: "PATCH",
    path: "/api/v1/clients/{id}/permissions",
    tag: "Clients",
    summary: "Change a client's permission toggles",
    access: staffAccess("client.edit"),
    body: UpdateClientPermissionsInput,
    example: { version: 3, view_call_details: false },
    success: ok("The permissions."),
  },
  {
    method: "GET",
    path: "/api/v1/client-defaults",
    tag: "Clients",
    summary: "The agency's default client permissions",
    access: staffAccess("client.read"),
    success: ok("`{permissions, version}`."),
  },
  {
    method: "PUT",
    path: "/api/v1/client-defaults",
    tag: "Clients",
    summary: "Set the default client permissions",
    access: staffAccess("defaults.update"),
    body: UpdateClientDefaultsInput,
    example: {
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
    },
    success: ok("The defaults."),
  },
  {
    method: "GET",
    path: "/api/v1/client-defaults/propagation",
    tag: "Clients",
    summary: "Which clients applying the defaults would change",
    access: staffAccess("defaults.update"),
    query: PreviewPropagationInput,
    success: ok("The clients and their changes."),
  },
  {
    method: "POST",
    path: "/api/v1/client-defaults/apply",
    tag: "Clients",
    summary: "Apply the defaults to clients",
    access: staffAccess("defaults.update"),
    body: ApplyDefaultsInput,
    example: { clientIds: ["3f2c1a9e-5b7d-4c8e-9a1f-2b3c4d5e6f70"], includeOverridden: false },
    success: ok("The clients changed."),
  },

  // People
  {
    method: "GET",
    path: "/api/v1/staff",
    tag: "People",
    summary: "List the agency's staff",
    access: staffAccess("staff.read"),
    query: ListParams,
    success: page("user"),
  },
  {
    method: "PATCH",
    path: "/api/v1/staff/{userId}",
    tag: "People",
    summary: "Change a staff member's role or clients",
    access: staffAccess("staff.manage"),
    body: staffUpdate,
    example: { role: "manager" },
    success: ok("The user."),
  },
  {
    method: "DELETE",
    path: "/api/v1/staff/{userId}",
    tag: "People",
    summary: "Remove a staff member",
    access: staffAccess("staff.manage"),
    success: ok("The removed user."),
  },
  {
    method: "POST",
    path: "/api/v1/staff/{userId}/sign-out",
    tag: "People",
    summary: "Sign a staff member out everywhere",
    access: staffAccess("staff.manage"),
    success: ok("How many sessions ended."),
  },
  {
    method: "GET",
    path: "/api/v1/staff/invitations",
    tag: "People",
    summary: "List staff invitations",
    access: staffAccess("staff.manage"),
    query: ListParams,
    success: page("invitation"),
  },
  {
    method: "POST",
    path: "/api/v1/staff/invitations",
    tag: "People",
    summary: "Invite a staff member",
    access: staffAccess("staff.manage"),
    body: staffInvite,
    example: { email: "sam@agency.example", role: "member", clientIds: [] },
    success: created("The invitation (never its token)."),
  },
  {
    method: "DELETE",
    path: "/api/v1/staff/invitations/{invId}",
    tag: "People",
    summary: "Revoke a staff invitation",
    access: staffAccess("staff.manage"),
    success: ok("The revoked invitation."),
  },
  {
    method: "POST",
    path: "/api/v1/staff/invitations/{invId}/resend",
    tag: "People",
    summary: "Resend a staff invitation",
    access: staffAccess("staff.manage"),
    success: ok("The invitation."),
  },
  {
    method: "POST",
    path: "/api/v1/staff/transfer-ownership",
    tag: "People",
    summary: "Transfer the agency's ownership",
    access: staffAccess("ownership.transfer"),
    body: TransferOwnershipInput,
    example: { userId: "3f2c1a9e-5b7d-4c8e-9a1f-2b3c4d5e6f70" },
    success: ok("The new owner."),
  },
  {
    method: "GET",
    path: "/api/v1/clients/{id}/users",
    tag: "People",
    summary: "List a client's users",
    access: staffAccess("client.read"),
    query: ListParams,
    success: page("user"),
  },
  {
    method: "PATCH",
    path: "/api/v1/clients/{id}/users/{userId}",
    tag: "People",
    summary: "Change a client user's role or agents",
    access: staffAccess("client.edit"),
    body: clientUpdate,
    example: { role: "analyst", agentIds: [] },
    success: ok("The user."),
  },
  {
    method: "DELETE",
    path: "/api/v1/clients/{id}/users/{userId}",
    tag: "People",
    summary: "Remove a client user",
    access: staffAccess("client.edit"),
    success: ok("The removed user."),
  },
  {
    method: "POST",
    path: "/api/v1/clients/{id}/users/{userId}/sign-out",
    tag: "People",
    summary: "Sign a client user out everywhere",
    access: staffAccess("client.edit"),
    success: ok("How many sessions ended."),
  },
  {
    method: "GET",
    path: "/api/v1/clients/{id}/invitations",
    tag: "People",
    summary: "List a client's invitations",
    access: staffAccess("client.edit"),
    query: ListParams,
    success: page("invitation"),
  },
  {
    method: "POST",
    path: "/api/v1/clients/{id}/invitations",
    tag: "People",
    summary: "Invite a client user",
    access: staffAccess("client.edit"),
    body: clientInvite,
    example: { email: "reception@harbor.example", role: "supervisor" },
    success: created("The invitation (never its token) and warnings."),
  },
  {
    method: "DELETE",
    path: "/api/v1/clients/{id}/invitations/{invId}",
    tag: "People",
    summary: "Revoke a client invitation",
    access: staffAccess("client.edit"),
    success: ok("The revoked invitation."),
  },
  {
    method: "POST",
    path: "/api/v1/clients/{id}/invitations/{invId}/resend",
    tag: "People",
    summary: "Resend a client invitation",
    access: staffAccess("client.edit"),
    success: ok("The invitation."),
  },

  // Audit
  {
    method: "GET",
    path: "/api/v1/audit-events",
    tag: "Audit",
    summary: "Search the audit log",
    access: staffAccess("audit.read"),
    query: ListAuditEventsInput,
    success: page("audit event"),
  },
  {
    method: "GET",
    path: "/api/v1/audit-events/export",
    tag: "Audit",
    summary: "Export the audit log (streamed)",
    access: staffAccess("audit.read"),
    query: StreamAuditExportInput,
    success: { status: 200, description: "CSV or JSON lines, streamed.", contentType: "text/csv" },
  },

  // Portal: a client's own data
  {
    method: "GET",
    path: "/api/v1/portal/agents",
    tag: "Portal",
    summary: "The client's AI agents",
    access: clientAccess("agents.read"),
    success: page("agent"),
  },
  {
    method: "GET",
    path: "/api/v1/portal/agents/{id}",
    tag: "Portal",
    summary: "One agent with its settings",
    access: clientAccess("agents.read"),
    success: ok("The agent."),
  },
  {
    method: "PATCH",
    path: "/api/v1/portal/agents/{id}",
    tag: "Portal",
    summary: "Edit an agent (versioned)",
    access: clientAccess("agents.update"),
    body: UpdateAgentInput,
    example: { version: 4, greeting: "Thanks for calling Harbor Dental!" },
    success: ok("The agent's new version."),
  },
  {
    method: "POST",
    path: "/api/v1/portal/agents/{id}/revert",
    tag: "Portal",
    summary: "Revert an agent to an earlier version",
    access: clientAccess("agents.update"),
    body: RevertAgentInput,
    example: { toVersion: 2, version: 4 },
    success: ok("The agent's new version."),
  },
  {
    method: "GET",
    path: "/api/v1/portal/calls",
    tag: "Portal",
    summary: "List calls (keyset-paginated, filtered)",
    access: clientAccess("calls.read"),
    query: ListCallsInput,
    success: page("call"),
  },
  {
    method: "GET",
    path: "/api/v1/portal/calls/export",
    tag: "Portal",
    summary: "Export calls as CSV (streamed)",
    access: clientAccess("calls.export"),
    query: CallFiltersInput,
    success: { status: 200, description: "CSV, streamed.", contentType: "text/csv" },
  },
  {
    method: "GET",
    path: "/api/v1/portal/calls/{id}",
    tag: "Portal",
    summary: "One call; transcript, summary and sentiment only with `calls.transcript.read`",
    access: clientAccess("calls.read"),
    success: ok("The call."),
  },
  {
    method: "PATCH",
    path: "/api/v1/portal/calls/{id}",
    tag: "Portal",
    summary: "Set a call's review status",
    access: clientAccess("calls.review"),
    body: UpdateCallReviewStatusInput,
    example: { reviewStatus: "done" },
    success: ok("The call."),
  },
  {
    method: "DELETE",
    path: "/api/v1/portal/calls/{id}",
    tag: "Portal",
    summary: "Delete a call",
    access: clientAccess("calls.delete"),
    success: ok("The deleted call's id."),
  },
  {
    method: "GET",
    path: "/api/v1/portal/calls/{id}/recording",
    tag: "Portal",
    summary: "The call's recording (Range supported; `?download=1` needs `calls.recording.download`)",
    access: clientAccess("calls.recording.play"),
    success: { status: 200, description: "Audio; 206 for a Range.", contentType: "audio/mpeg" },
  },
  {
    method: "GET",
    path: "/api/v1/portal/analytics",
    tag: "Portal",
    summary: "Volume, duration, sentiment and outcomes over a range",
    access: clientAccess("analytics.read"),
    query: StatsRangeInput,
    success: ok("The analytics."),
  },
  {
    method: "GET",
    path: "/api/v1/portal/billing",
    tag: "Portal",
    summary: "Rate, usage, spend and invoices",
    access: clientAccess("billing.read"),
    success: ok("The billing summary."),
  },
  {
    method: "GET",
    path: "/api/v1/portal/billing/invoices/{id}",
    tag: "Portal",
    summary: "One invoice",
    access: clientAccess("billing.read"),
    success: ok("The invoice."),
  },
  {
    method: "GET",
    path: "/api/v1/portal/billing/invoices/{id}/pdf",
    tag: "Portal",
    summary: "An invoice as PDF",
    access: clientAccess("billing.read"),
    success: { status: 200, description: "The PDF.", contentType: "application/pdf" },
  },
  {
    method: "GET",
    path: "/api/v1/portal/integrations",
    tag: "Portal",
    summary: "The client's integrations",
    access: clientAccess("integrations.read"),
    success: page("integration"),
  },
  {
    method: "POST",
    path: "/api/v1/portal/integrations",
    tag: "Portal",
    summary: "Connect an integration or webhook",
    access: clientAccess("integrations.manage"),
    body: ConnectIntegrationInput,
    example: { provider: "webhook", name: "Reporting", config: { url: "https://hooks.harbor.example/calls" } },
    success: created("The integration; a webhook's signing secret only in this answer."),
  },
  {
    method: "PATCH",
    path: "/api/v1/portal/integrations/{id}",
    tag: "Portal",
    summary: "Configure an integration",
    access: clientAccess("integrations.manage"),
    body: UpdateIntegrationInput,
    example: { name: "Reporting" },
    success: ok("The integration."),
  },
  {
    method: "DELETE",
    path: "/api/v1/portal/integrations/{id}",
    tag: "Portal",
    summary: "Disconnect an integration",
    access: clientAccess("integrations.manage"),
    success: ok("The integration."),
  },
  {
    method: "POST",
    path: "/api/v1/portal/integrations/{id}/test",
    tag: "Portal",
    summary: "Send a test event",
    access: clientAccess("integrations.manage"),
    success: ok("How the endpoint answered."),
  },
  {
    method: "GET",
    path: "/api/v1/portal/settings",
    tag: "Portal",
    summary: "The client's own settings",
    access: clientAccess("settings.manage"),
    success: ok("`{timeZone, agencyTimeZone, effectiveTimeZone, apiKeysAllowed}`."),
  },
  {
    method: "PATCH",
    path: "/api/v1/portal/settings",
    tag: "Portal",
    summary: "Set the client's time zone",
    access: clientAccess("settings.manage"),
    body: UpdateClientSettingsInput,
    example: { timeZone: "Europe/London" },
    success: ok("The settings."),
  },

  // API keys
  {
    method: "GET",
    path: "/api/v1/api-keys",
    tag: "API keys",
    summary: "The agency's API keys",
    access: staffAccess("settings.manage"),
    success: page("key (never its secret)"),
  },
  {
    method: "POST",
    path: "/api/v1/api-keys",
    tag: "API keys",
    summary: "Create an agency API key",
    access: `${staffAccess("settings.manage")} Signed in: a key cannot create keys.`,
    body: createApiKeyInput,
    example: { name: "CRM sync", scopes: ["client.read"], expiresInDays: 90 },
    success: created("The key, with `key` (the secret) in this answer only."),
  },
  {
    method: "PATCH",
    path: "/api/v1/api-keys/{id}",
    tag: "API keys",
    summary: "Change a key's rate limit (the agency's or a client's key)",
    access: staffAccess("settings.manage"),
    body: updateApiKeyInput,
    example: { rateLimitPerMinute: 1200 },
    success: ok("The key."),
  },
  {
    method: "DELETE",
    path: "/api/v1/api-keys/{id}",
    tag: "API keys",
    summary: "Revoke an agency API key",
    access: staffAccess("settings.manage"),
    success: ok("The revoked key."),
  },
  {
    method: "GET",
    path: "/api/v1/portal/api-keys",
    tag: "API keys",
    summary: "The client's API keys",
    access: `${clientAccess("settings.manage")} Only where the agency allows client keys.`,
    success: page("key (never its secret)"),
  },
  {
    method: "POST",
    path: "/api/v1/portal/api-keys",
    tag: "API keys",
    summary: "Create a client API key",
    access: `${clientAccess("settings.manage")} Only where the agency allows client keys.`,
    body: createApiKeyInput,
    example: { name: "Warehouse", scopes: ["calls.read"], expiresAt: "2027-01-31T00:00:00Z" },
    success: created("The key, with `key` (the secret) in this answer only."),
  },
  {
    method: "DELETE",
    path: "/api/v1/portal/api-keys/{id}",
    tag: "API keys",
    summary: "Revoke a client API key",
    access: clientAccess("settings.manage"),
    success: ok("The revoked key."),
  },

  // Identity (SPEC §11)
  {
    method: "GET",
    path: "/api/v1/sso-connections",
    tag: "Identity",
    summary: "SSO connections (`?clientId=`; empty: the staff's)",
    access: staffAccess("client.read"),
    success: page("connection (never its secret)"),
  },
  {
    method: "POST",
    path: "/api/v1/sso-connections",
    tag: "Identity",
    summary: "Create an OIDC or SAML connection",
    access: staffAccess("settings.manage"),
    body: createConnectionInput,
    example: {
      type: "oidc",
      name: "Okta",
      domains: ["harbor.example"],
      oidc: { issuer: "https://harbor.okta.example", clientId: "0oa1", clientSecret: "s3cret-value" },
      jitProvisioning: false,
      defaultRole: "member",
      groupRoles: [],
      enforced: false,
    },
    success: created("The connection with its SP URLs."),
  },
  {
    method: "GET",
    path: "/api/v1/sso-connections/{id}",
    tag: "Identity",
    summary: "One SSO connection",
    access: staffAccess("settings.manage"),
    success: ok("The connection."),
  },
  {
    method: "PATCH",
    path: "/api/v1/sso-connections/{id}",
    tag: "Identity",
    summary: "Change an SSO connection",
    access: staffAccess("settings.manage"),
    body: updateConnectionInput,
    example: { name: "Okta (production)" },
    success: ok("The connection."),
  },
  {
    method: "DELETE",
    path: "/api/v1/sso-connections/{id}",
    tag: "Identity",
    summary: "Delete an SSO connection",
    access: staffAccess("settings.manage"),
    success: ok("The deleted connection."),
  },
  {
    method: "POST",
    path: "/api/v1/sso-connections/{id}/test",
    tag: "Identity",
    summary: "Start a test sign-in",
    access: staffAccess("settings.manage"),
    success: ok("`{url}` to open."),
  },
  {
    method: "GET",
    path: "/api/v1/scim-directories",
    tag: "Identity",
    summary: "The SCIM directory of a tenant (`?clientId=`)",
    access: staffAccess("settings.manage"),
    success: page("directory (never its token)"),
  },
  {
    method: "POST",
    path: "/api/v1/scim-directories",
    tag: "Identity",
    summary: "Create a SCIM directory",
    access: staffAccess("settings.manage"),
    body: CreateScimDirectoryInput,
    example: { clientId: null },
    success: created("`{id, baseUrl, token}`, the token only in this answer."),
  },
  {
    method: "POST",
    path: "/api/v1/scim-directories/{id}/rotate-token",
    tag: "Identity",
    summary: "Rotate a directory's token",
    access: staffAccess("settings.manage"),
    success: ok("`{id, baseUrl, token}`."),
  },
  {
    method: "DELETE",
    path: "/api/v1/scim-directories/{id}",
    tag: "Identity",
    summary: "Delete a SCIM directory",
    access: staffAccess("settings.manage"),
    success: ok("The deleted directory."),
  },
  {
    method: "PUT",
    path: "/api/v1/scim-directories/{id}/groups/{groupId}",
    tag: "Identity",
    summary: "Map a pushed group to a role (and agents)",
    access: staffAccess("settings.manage"),
    body: SetGroupMappingInput,
    example: { role: "admin", agentIds: [] },
    success: ok("The group and its members' new roles."),
  },

  // Voice providers (SPEC §13)
  {
    method: "GET",
    path: "/api/v1/provider-connections",
    tag: "Voice providers",
    summary: "Provider connections",
    access: staffAccess("settings.manage"),
    success: page("connection (key shown by its last 4)"),
  },
  {
    method: "POST",
    path: "/api/v1/provider-connections",
    tag: "Voice providers",
    summary: "Connect Vapi or Retell (validated live)",
    access: staffAccess("settings.manage"),
    body: CreateProviderConnectionInput,
    example: { provider: "retell", apiKey: "key_0123456789abcdef" },
    success: created("`{id, provider, status, keyLast4, webhookUrl, lastSyncAt, lastError}`."),
  },
  {
    method: "PATCH",
    path: "/api/v1/provider-connections/{id}",
    tag: "Voice providers",
    summary: "Rotate the key or change the base URL",
    access: staffAccess("settings.manage"),
    body: UpdateProviderConnectionInput,
    example: { apiKey: "key_fedcba9876543210" },
    success: ok("The connection."),
  },
  {
    method: "DELETE",
    path: "/api/v1/provider-connections/{id}",
    tag: "Voice providers",
    summary: "Disconnect a provider",
    access: staffAccess("settings.manage"),
    success: ok("The connection."),
  },

  {
    method: "POST",
    path: "/api/v1/provider-connections/{id}/sync",
    tag: "Voice providers",
    summary: "Import the provider's agents and numbers now",
    access: staffAccess("settings.manage"),
    success: ok(
      "`{connectionId, found, added, inactive, assigned, updated, conflicts}`: `updated` portal agents took changes made at the provider; `conflicts` (`{agentId, agentName, field, ours, theirs}`) were changed on both sides and kept the portal's value.",
    ),
  },
  {
    method: "GET",
    path: "/api/v1/agents",
    tag: "Voice providers",
    summary: "Agents imported from the providers, with provider, client and status",
    access: staffAccess("client.read"),
    query: ListParams,
    success: page("agent"),
  },
  {
    method: "PATCH",
    path: "/api/v1/agents/{id}",
    tag: "Voice providers",
    summary: "Assign an imported agent to a client (null: unassign)",
    access: staffAccess("client.edit"),
    body: AssignProviderAgentInput,
    example: { clientId: "3f2c1a9e-5b7d-4c8e-9a1f-2b3c4d5e6f70" },
    success: ok("`{id, clientId, agentId}`."),
  },
  // Calls from any other source (SPEC §13)
  {
    method: "POST",
    path: "/api/v1/calls",
    tag: "Voice providers",
    summary: "Ingest one call (idempotent on externalId)",
    access: `${staffAccess("calls.ingest")} Usually an agency API key.`,
    body: IngestCallInput,
    example: {
      externalId: "crm-call-1042",
      agentId: "3f2c1a9e-5b7d-4c8e-9a1f-2b3c4d5e6f70",
      startedAt: "2026-11-02T14:05:00Z",
      durationSeconds: 184,
      direction: "inbound",
      status: "completed",
      callerNumber: "+15550100",
      outcome: "booked",
      transcript: [{ speaker: "agent", text: "Harbor Dental, how can I help?", startSeconds: 0 }],
    },
    success: created("`{externalId, id, created}`; 200 with `created: false` when the externalId was known."),
  },
  {
    method: "POST",
    path: "/api/v1/calls/batch",
    tag: "Voice providers",
    summary: "Ingest up to 1,000 calls, all or none",
    access: staffAccess("calls.ingest"),
    body: IngestCallBatchInput,
    example: {
      calls: [
        {
          externalId: "crm-call-1042",
          agentId: "3f2c1a9e-5b7d-4c8e-9a1f-2b3c4d5e6f70",
          startedAt: "2026-11-02T14:05:00Z",
          durationSeconds: 184,
          direction: "inbound",
          status: "completed",
          callerNumber: "+15550100",
          outcome: "booked",
          transcript: [{ speaker: "agent", text: "Harbor Dental, how can I help?", startSeconds: 0 }],
        },
      ],
    },
    success: ok("`{items: [{externalId, id, created}], created, updated}`."),
  },
  {
    method: "GET",
    path: "/api/v1/security-policy",
    tag: "Identity",
    summary: "Read whether staff must use two-step sign-in",
    access: staffAccess("settings.manage"),
    success: ok("`{requireMfa}`."),
  },
  {
    method: "PUT",
    path: "/api/v1/security-policy",
    tag: "Identity",
    summary: "Require (or stop requiring) two-step sign-in for staff",
    access: `${staffAccess("settings.manage")} Switching it on needs a second factor on the caller's own account.`,
    body: MfaPolicyInput,
    example: { requireMfa: true },
    success: ok("`{requireMfa, signedOut}`: password-only sessions of staff without a factor that ended."),
  },
  {
    method: "GET",
    path: "/api/v1/clients/{id}/security-policy",
    tag: "Identity",
    summary: "Read whether a client's users must use two-step sign-in",
    access: staffAccess("client.edit"),
    success: ok("`{requireMfa}`."),
  },
  {
    method: "PUT",
    path: "/api/v1/clients/{id}/security-policy",
    tag: "Identity",
    summary: "Require (or stop requiring) two-step sign-in for a client's users",
    access: staffAccess("client.edit"),
    body: MfaPolicyInput,
    example: { requireMfa: true },
    success: ok("`{requireMfa, signedOut}`: password-only sessions of the client's users without a factor that ended."),
  },
  {
    method: "DELETE",
    path: "/api/v1/clients/{id}/users/{userId}/mfa",
    tag: "Identity",
    summary: "Reset a client user's second factors and recovery codes",
    access: staffAccess("client.edit"),
    success: ok("`{ok, factorsRemoved}`."),
  },
  {
    method: "DELETE",
    path: "/api/v1/staff/{userId}/mfa",
    tag: "Identity",
    summary: "Reset a staff member's second factors and recovery codes",
    access: staffAccess("staff.manage"),
    success: ok("`{ok, factorsRemoved}`."),
  },
];

/** `/api/v1/clients/{id}` → `/api/v1/clients/[id]`, the route file's pattern. */
export const routePatternOf = (path: string) => path.replace(/\{([^}]+)\}/g, "[$1]");
