import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { clients } from "./clients";
import { users } from "./users";

export type SsoConnectionType = "oidc" | "saml";
export type SsoGroupRole = { group: string; role: string; agentIds?: string[] };

// One single sign-on connection of one tenant (SPEC §11): the agency's staff (client_id null) or
// one client's users. The OIDC client secret is sealed with lib/crypto, bound to the row id.
export const ssoConnections = pgTable(
  "sso_connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    type: text("type").$type<SsoConnectionType>().notNull(),
    name: text("name").notNull(),
    // Lower-case email domains this connection is authoritative for.
    domains: jsonb("domains").$type<string[]>().notNull().default([]),
    oidcIssuer: text("oidc_issuer"),
    oidcClientId: text("oidc_client_id"),
    oidcClientSecretSealed: text("oidc_client_secret_sealed"),
    samlIdpEntityId: text("saml_idp_entity_id"),
    samlSsoUrl: text("saml_sso_url"),
    samlIdpCertificates: jsonb("saml_idp_certificates").$type<string[]>(),
    jitProvisioning: boolean("jit_provisioning").notNull().default(false),
    defaultRole: text("default_role").notNull(),
    groupRoles: jsonb("group_roles").$type<SsoGroupRole[]>().notNull().default([]),
    enforced: boolean("enforced").notNull().default(false),
    lastTestedAt: timestamp("last_tested_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sso_connections_agency_idx").on(t.agencyId, t.clientId)],
);

// An IdP subject linked to one user: sign-ins find the user by (connection, subject), never by email.
export const ssoIdentities = pgTable(
  "sso_identities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => ssoConnections.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sso_identities_subject_key").on(t.connectionId, t.subject),
    index("sso_identities_user_idx").on(t.userId),
  ],
);

// A sign-in in flight (SPEC §14: in the database, never one process's memory): the OIDC state,
// nonce and PKCE verifier, or the SAML request id. Consumed once; expires after 10 minutes.
export const ssoRequests = pgTable(
  "sso_requests",
  {
    // The OIDC state or the SAML AuthnRequest ID.
    key: text("key").primaryKey(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => ssoConnections.id, { onDelete: "cascade" }),
    nonce: text("nonce"),
    codeVerifier: text("code_verifier"),
    // "test": a console "Test sign-in", which reports the claims instead of signing in.
    purpose: text("purpose").$type<"sign_in" | "test">().notNull().default("sign_in"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sso_requests_expires_idx").on(t.expiresAt)],
);

// SAML assertion ids already accepted: the same assertion is never accepted twice.
export const ssoConsumedAssertions = pgTable(
  "sso_consumed_assertions",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => ssoConnections.id, { onDelete: "cascade" }),
    assertionId: text("assertion_id").notNull(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("sso_consumed_assertions_key").on(t.connectionId, t.assertionId)],
);
