import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { clients } from "./clients";
import { aiAgents } from "./agents";

export type UserKind = "agency" | "client";
// "deactivated": switched off by a SCIM directory; reactivation restores the same account.
export type UserStatus = "active" | "removed" | "deactivated";

// Staff and client users share one table so that an email is unique within an agency
// (SPEC §1) by a single constraint; `kind` says which role set `role` comes from.
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    kind: text("kind").$type<UserKind>().notNull(),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name").notNull().default(""),
    role: text("role").notNull(),
    status: text("status").$type<UserStatus>().notNull().default("active"),
    passwordHash: text("password_hash"),
    // Bumped on password change and "sign out everywhere": older sessions stop working.
    sessionVersion: integer("session_version").notNull().default(1),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Only among active users: a removed user's email may be invited again as a new account.
    uniqueIndex("users_agency_email_key")
      .on(t.agencyId, sql`lower(${t.email})`)
      .where(sql`${t.status} = 'active'`),
    index("users_client_idx").on(t.clientId, t.email),
    // Staff lists ("kind = agency" of one agency, by email) without reading every user of the agency.
    index("users_agency_kind_email_idx").on(t.agencyId, t.kind, t.email),
    // SCIM lists page a tenant's users by id (keyset): staff by (agency, kind), a client's by client.
    index("users_agency_kind_id_idx").on(t.agencyId, t.kind, t.id),
    index("users_client_id_idx").on(t.clientId, t.id),
  ],
);

export const staffClientAssignments = pgTable(
  "staff_client_assignments",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.clientId] }), index("staff_client_assignments_client_idx").on(t.clientId)],
);

export const userAgentAssignments = pgTable(
  "user_agent_assignments",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    agentId: uuid("agent_id")
      .notNull()
      .references(() => aiAgents.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.agentId] }), index("user_agent_assignments_agent_idx").on(t.agentId)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userSessionVersion: integer("user_session_version").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    // "Preview as client": a staff member's session that shows one client's portal as one role,
    // read-only. It reaches the portal host through a single-use hand-off token (hash stored).
    previewClientId: uuid("preview_client_id").references(() => clients.id, { onDelete: "cascade" }),
    previewRole: text("preview_role"),
    handoffTokenHash: text("handoff_token_hash"),
    handoffExpiresAt: timestamp("handoff_expires_at", { withTimezone: true }),
    // How the sign-in behind this session proved a second factor: "totp", "passkey", "recovery_code",
    // "sso" (the IdP's), or null for a password alone. An MFA policy switched on ends the null ones.
    secondFactor: text("second_factor"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), uniqueIndex("sessions_handoff_token_key").on(t.handoffTokenHash)],
);
