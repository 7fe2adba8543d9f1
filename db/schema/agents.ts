import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { clients } from "./clients";

export type AgentStatus = "live" | "paused" | "draft";

export type AgentSettings = {
  prompt: string;
  greeting: string;
  voice: string;
  language: string;
  businessHours: string;
  transferNumber: string;
  maxCallMinutes: number;
};

export const aiAgents = pgTable(
  "ai_agents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    status: text("status").$type<AgentStatus>().notNull().default("live"),
    prompt: text("prompt").notNull().default(""),
    greeting: text("greeting").notNull().default(""),
    voice: text("voice").notNull().default("alloy"),
    language: text("language").notNull().default("en-US"),
    businessHours: text("business_hours").notNull().default("Mon–Fri 09:00–17:00"),
    transferNumber: text("transfer_number").notNull().default(""),
    maxCallMinutes: integer("max_call_minutes").notNull().default(15),
    version: integer("version").notNull().default(1),
    // Set for agents imported from a voice provider (SPEC §13); null for agents made here.
    provider: text("provider"),
    providerConnectionId: uuid("provider_connection_id"),
    externalId: text("external_id"),
    // "inactive": gone upstream at the last sync; kept with its calls, never deleted.
    providerStatus: text("provider_status").$type<"active" | "inactive">().notNull().default("active"),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ai_agents_client_idx").on(t.clientId, t.name),
    uniqueIndex("ai_agents_provider_external_key").on(t.providerConnectionId, t.externalId),
  ],
);

// Every saved edit keeps the full settings it produced and the diff against the previous ones.
export const agentVersions = pgTable(
  "agent_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agentId: uuid("agent_id")
      .notNull()
      .references(() => aiAgents.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    authorId: uuid("author_id"),
    authorEmail: text("author_email"),
    settings: jsonb("settings").$type<AgentSettings>().notNull(),
    diff: jsonb("diff").$type<Record<string, { before: unknown; after: unknown }>>().notNull(),
    // Set when this version was made by reverting to an older one, so history can say so.
    revertedFrom: integer("reverted_from"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agent_versions_agent_version_key").on(t.agentId, t.version)],
);

export const phoneNumbers = pgTable(
  "phone_numbers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    agentId: uuid("agent_id").references(() => aiAgents.id, { onDelete: "set null" }),
    e164: text("e164").notNull(),
    label: text("label").notNull().default(""),
  },
  (t) => [uniqueIndex("phone_numbers_e164_key").on(t.e164), index("phone_numbers_agent_idx").on(t.agentId)],
);
