import { is, sql, type SQL } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "@/db/schema";

/** Column types whose values are text a person could read: these are the ones a leak shows up in. */
const TEXT_TYPES = new Set(["PgText", "PgVarchar", "PgChar", "PgJsonb", "PgJson"]);

export type TextColumn = { table: string; column: string; key: string; uuidId: boolean };

/** Every table of db/schema with its text and JSON columns, read from the Drizzle definitions. */
export function schemaTables() {
  return (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .map((t) => getTableConfig(t))
    .map((c) => ({
      name: c.name,
      columns: c.columns.map((col) => ({ name: col.name, type: col.columnType })),
      text: c.columns.filter((col) => TEXT_TYPES.has(col.columnType)).map((col) => col.name),
    }));
}

type Exemption = { reason: string; /** Searched for by value in the other tenants' answers instead. */ opaque?: true };
const ENUM = (values: string): Exemption => ({
  reason: `one of a closed set of values (${values}), the same in every tenant`,
});
const OPAQUE = (what: string): Exemption => ({
  reason: `${what}: cannot hold a canary, so its stored value is searched for instead`,
  opaque: true,
});
const IDS: Exemption = { reason: "holds row ids as text; every planted row id is searched for as a value" };

/**
 * The text columns that cannot carry a canary, each with why. A text column of a tenant table that
 * is neither planted with a canary nor listed here fails the sweep: a new column is covered or
 * consciously left out, never forgotten.
 */
export const EXEMPT_COLUMNS: Record<string, Exemption> = {
  "agencies.primary_color": { reason: "a validated #rrggbb colour, not something that identifies a tenant" },
  "agencies.logo_path": OPAQUE("a file name the server derives from the image's hash"),
  "agencies.favicon_path": OPAQUE("a file name the server derives from the image's hash"),
  "agencies.time_zone": { reason: "an IANA time zone name from the runtime's closed list, the same in every tenant" },
  "agencies.default_permissions": { reason: "booleans of the permission catalogue, keyed by catalogue names" },
  "clients.portal_access": ENUM("enabled, suspended"),
  "clients.time_zone": { reason: "an IANA time zone name from the runtime's closed list, the same in every tenant" },
  "clients.permissions": { reason: "booleans of the permission catalogue, keyed by catalogue names" },
  "users.kind": ENUM("agency, client"),
  "users.role": ENUM("the roles of SPEC §4/§5"),
  "users.status": ENUM("active, removed, deactivated"),
  "users.password_hash": OPAQUE("a password hash"),
  "sessions.id": OPAQUE("the session id, a bearer secret"),
  "sessions.preview_role": ENUM("client roles"),
  "sessions.handoff_token_hash": OPAQUE("a token hash"),
  "ai_agents.status": ENUM("live, paused, draft"),
  "calls.direction": ENUM("inbound, outbound"),
  "calls.status": ENUM("completed, missed, voicemail, failed"),
  "calls.review_status": ENUM("new, reviewed, follow_up, done"),
  "calls.outcome": ENUM("booked, message_taken, …"),
  "calls.sentiment": ENUM("positive, neutral, negative"),
  "calls.recording_path": {
    reason:
      "points into the pool of demo recordings every tenant shares and is never sent; the recording stream is checked by its headers",
  },
  "invoices.status": ENUM("paid, open, overdue"),
  "integrations.kind": ENUM("crm, calendar, webhook"),
  "integrations.provider": ENUM("provider ids of lib/integrations/providers.ts"),
  "integrations.status": ENUM("connected, error, disconnected"),
  "integrations.secret_ciphertext": OPAQUE("an encrypted secret (its plaintext is planted as a canary)"),
  "integrations.secret_hint": {
    reason: "the secret's last four characters, too short to search for; the whole secret is a canary",
  },
  "invitations.role": ENUM("staff and client roles"),
  "invitations.status": ENUM("pending, accepted, revoked, expired"),
  "invitations.agent_ids": IDS,
  "invitations.client_ids": IDS,
  "invitations.token_hash": OPAQUE("a token hash"),
  "password_resets.token_hash": OPAQUE("a token hash"),
  "mail_outbox.secret": OPAQUE("a sealed link token"),
  "mail_outbox.secret_audience": {
    reason:
      "who may see a mail's link: a kind from lib/mail/secret-audience.ts with role names and row ids, searched for as ids",
  },
  "audit_events.action": ENUM("lib/audit/actions.ts"),
  "audit_events.actor_type": ENUM("user, system, …"),
  "audit_events.target_type": ENUM("entity names"),
  "audit_events.outcome": ENUM("success, failure, denied"),
  "audit_events.actor_id": IDS,
  "audit_events.target_id": IDS,
  "audit_events.session_ref": OPAQUE("a hash prefix of the session id"),
  "audit_events.prev_hash": OPAQUE("a chain hash"),
  "audit_events.hash": OPAQUE("a chain hash"),
  "audit_events.mac": OPAQUE("a keyed MAC of the chain hash"),
  "audit_heads.last_hash": OPAQUE("a chain hash"),
  "audit_checkpoints.hash": OPAQUE("a chain hash"),
  "audit_destinations.kind": ENUM("https_json, splunk_hec"),
  "audit_destinations.secret_ciphertext": OPAQUE("an encrypted secret"),
  "audit_outbox.claimed_by": {
    reason: "names the app instance holding the row's lease (host:pid:random), the platform's, not a tenant's",
  },
  "webhook_deliveries.claimed_by": {
    reason: "names the app instance holding the row's lease (host:pid:random), the platform's, not a tenant's",
  },
  "rate_limits.key": {
    reason:
      "platform table without a tenant (row-level security shows it to none): limiter keys such as an e-mail and an address bucket, read only by the throttles",
  },
  "job_leases.name": { reason: "platform table without a tenant: names of periodic jobs (audit-retention-purge…)" },
  "job_leases.locked_by": { reason: "platform table without a tenant: the app instance holding the lease" },
  "sso_connections.type": ENUM("oidc, saml"),
  "sso_connections.default_role": ENUM("the roles of SPEC §4/§5"),
  "sso_connections.oidc_client_secret_sealed": OPAQUE("a sealed secret"),
  "sso_connections.saml_idp_entity_id": {
    reason: "unset on the planted OIDC connection (a SAML connection's IdP entity id)",
  },
  "sso_connections.saml_sso_url": { reason: "unset on the planted OIDC connection (a SAML connection's IdP URL)" },
  "sso_connections.saml_idp_certificates": { reason: "unset on the planted OIDC connection (public certificates)" },
  "sso_requests.purpose": ENUM("sign_in, test"),
  "ai_agents.provider": ENUM("vapi, retell"),
  "ai_agents.provider_status": ENUM("active, inactive"),
  "ai_agents.external_id": OPAQUE("the provider's id of the assistant"),
  "provider_connections.provider": ENUM("vapi, retell"),
  "provider_connections.status": ENUM("connected, error"),
  "provider_connections.api_key_ciphertext": OPAQUE("a sealed API key"),
  "provider_connections.key_last4": OPAQUE("the last four characters of a key"),
  "provider_connections.webhook_id": OPAQUE("a random webhook path segment"),
  "provider_connections.api_base_url": OPAQUE("the provider's API address"),
  "provider_connections.last_error": OPAQUE("the provider's last error message"),
  "calls.source": ENUM("vapi, retell, api"),
  "webhook_deliveries.status": ENUM("pending, delivered, failed"),
  "provider_events.provider": ENUM("vapi, retell"),
  "provider_events.status": ENUM("pending, processed, ignored, failed"),
  "provider_events.claimed_by": {
    reason: "names the app instance holding the row's lease (host:pid:random), the platform's, not a tenant's",
  },
  "recording_fetches.status": ENUM("pending, expired, failed"),
  "provider_connections.webhook_secret_ciphertext": OPAQUE(
    "an encrypted secret (its plaintext is planted as a canary)",
  ),
  "recording_fetches.claimed_by": {
    reason: "names the app instance holding the row's lease (host:pid:random), the platform's, not a tenant's",
  },
  "api_keys.secret_hash": OPAQUE("the SHA-256 of a key's secret"),
  "api_keys.display_prefix": OPAQUE("the first characters of a random secret"),
  "scim_directories.token_hash": OPAQUE("a token hash"),
  "scim_group_mappings.role": ENUM("staff and client roles"),
  "scim_group_mappings.agent_ids": IDS,
  "scim_requests.method": ENUM("HTTP methods"),
  "scim_requests.outcome": ENUM("success, rejected, error"),
  "provider_agents.external_id": OPAQUE("the provider's id of the assistant"),
  "provider_agents.name": OPAQUE("the assistant's name as the provider has it"),
  "provider_agents.snapshot": OPAQUE("the provider's copy of an agent's settings"),
  "provider_agents.phone_numbers": OPAQUE("the provider's numbers of an assistant"),
  "provider_agents.status": ENUM("active, inactive"),
  "agencies.sender_dkim_selector": OPAQUE("a DKIM selector the server draws at random"),
  "agencies.sender_dkim_public_key": OPAQUE("a DKIM public key the server generates"),
  "agencies.sender_dkim_private_key": OPAQUE("a sealed DKIM private key"),
  "mfa_factors.kind": ENUM("totp, passkey"),
  "mfa_factors.label": OPAQUE("a person's name for their own passkey"),
  "mfa_factors.totp_secret_sealed": OPAQUE("a sealed authenticator secret"),
  "mfa_factors.credential_id": OPAQUE("a passkey's random credential id"),
  "mfa_factors.public_key": OPAQUE("a passkey's public key"),
  "mfa_factors.transports": ENUM("WebAuthn transports"),
  "mfa_recovery_codes.code_hash": OPAQUE("the SHA-256 of a recovery code"),
  "mfa_challenges.purpose": ENUM("sign_in, enrol"),
  "mfa_challenges.token_hash": OPAQUE("a challenge token's hash"),
  "mfa_challenges.pending_totp_secret_sealed": OPAQUE("a sealed authenticator secret being enrolled"),
  "mfa_challenges.webauthn_challenge": OPAQUE("a random WebAuthn challenge"),
  "sessions.second_factor": ENUM("totp, passkey, recovery_code, sso"),
};

/** Tables without agency_id reach their tenant through one parent row. */
const PARENTS: Record<string, { fk: string; parent: string }> = {
  agent_versions: { fk: "agent_id", parent: "ai_agents" },
  invoice_lines: { fk: "invoice_id", parent: "invoices" },
  password_resets: { fk: "user_id", parent: "users" },
  sessions: { fk: "user_id", parent: "users" },
  staff_client_assignments: { fk: "user_id", parent: "users" },
  user_agent_assignments: { fk: "user_id", parent: "users" },
  audit_outbox: { fk: "destination_id", parent: "audit_destinations" },
};

/**
 * FROM clause and owner expressions of a table's rows: its agency and, where it has one, its client.
 * Null when the schema gives no way to a tenant — the sweep then fails and asks for one here.
 */
export function ownerOf(tableName: string): { from: SQL; agency: SQL; client: SQL | null } | null {
  const tables = schemaTables();
  const table = tables.find((t) => t.name === tableName)!;
  const has = (name: string, col: string) => tables.find((t) => t.name === name)!.columns.some((c) => c.name === col);
  const t = sql.identifier(tableName);
  if (tableName === "agencies") return { from: sql`${t} t`, agency: sql`t.id`, client: null };
  if (tableName === "clients") return { from: sql`${t} t`, agency: sql`t.agency_id`, client: sql`t.id` };
  if (table.columns.some((c) => c.name === "agency_id")) {
    return {
      from: sql`${t} t`,
      agency: sql`t.agency_id`,
      client: has(tableName, "client_id") ? sql`t.client_id` : null,
    };
  }
  const link = PARENTS[tableName];
  if (!link) return null;
  return {
    from: sql`${t} t join ${sql.identifier(link.parent)} p on p.id = t.${sql.identifier(link.fk)}`,
    agency: sql`p.agency_id`,
    client: has(link.parent, "client_id") ? sql`p.client_id` : null,
  };
}
