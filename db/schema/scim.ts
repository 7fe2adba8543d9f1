import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { clients } from "./clients";
import { users } from "./users";

/**
 * SCIM 2.0 directories (SPEC §11): one per tenant — the agency's staff (client_id null) or one
 * client's users. Only the token's SHA-256 is kept; rotating replaces it, so the old token stops
 * on the next request.
 */
export const scimDirectories = pgTable(
  "scim_directories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    tokenRotatedAt: timestamp("token_rotated_at", { withTimezone: true }).notNull().defaultNow(),
    lastRequestAt: timestamp("last_request_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("scim_directories_token_key").on(t.tokenHash),
    // One directory per tenant: the staff one has no client.
    uniqueIndex("scim_directories_tenant_key").on(
      t.agencyId,
      sql`coalesce(${t.clientId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
  ],
);

/**
 * What a directory said about one of its users beyond the users row: userName, externalId and the
 * rest of the resource (name parts, enterprise extension, phone numbers …) as it was sent, without
 * the password. A user of the tenant without a row here is still the directory's (userName = email).
 */
export const scimUsers = pgTable(
  "scim_users",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    directoryId: uuid("directory_id")
      .notNull()
      .references(() => scimDirectories.id, { onDelete: "cascade" }),
    userName: text("user_name").notNull(),
    externalId: text("external_id"),
    attributes: jsonb("attributes").$type<Record<string, unknown>>().notNull().default({}),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("scim_users_directory_user_name_key").on(t.directoryId, sql`lower(${t.userName})`),
    index("scim_users_directory_external_idx").on(t.directoryId, t.externalId),
  ],
);

export const scimGroups = pgTable(
  "scim_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    directoryId: uuid("directory_id")
      .notNull()
      .references(() => scimDirectories.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    externalId: text("external_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("scim_groups_directory_name_key").on(t.directoryId, sql`lower(${t.displayName})`),
    index("scim_groups_directory_id_idx").on(t.directoryId, t.id),
  ],
);

export const scimGroupMembers = pgTable(
  "scim_group_members",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => scimGroups.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index("scim_group_members_user_idx").on(t.userId)],
);

/** Group → role (and, for a client directory, → AI agents), set in the console. */
export const scimGroupMappings = pgTable("scim_group_mappings", {
  groupId: uuid("group_id")
    .primaryKey()
    .references(() => scimGroups.id, { onDelete: "cascade" }),
  agencyId: uuid("agency_id")
    .notNull()
    .references(() => agencies.id, { onDelete: "cascade" }),
  role: text("role"),
  agentIds: jsonb("agent_ids").$type<string[]>().notNull().default([]),
});

/** The recent requests of a directory, shown in the console: never a body (it may carry a password). */
export const scimRequests = pgTable(
  "scim_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    directoryId: uuid("directory_id")
      .notNull()
      .references(() => scimDirectories.id, { onDelete: "cascade" }),
    method: text("method").notNull(),
    path: text("path").notNull(),
    status: integer("status").notNull(),
    outcome: text("outcome").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("scim_requests_directory_at_idx").on(t.directoryId, t.at)],
);
