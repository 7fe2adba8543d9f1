import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { aiAgents } from "./agents";
import { providerConnections } from "./provider-connections";

/** The fields a client may edit (SPEC §3 edit_agents) as the provider last told us. */
export type ProviderAgentSnapshot = {
  prompt: string;
  greeting: string;
  voice: string;
  language: string;
  maxCallMinutes: number | null;
};

/**
 * What a connection's last sync found at the provider (SPEC §13): one row per assistant/agent,
 * assigned or not. `agentId` links it to the portal's agent once the console assigns it to a
 * client (a client-level connection's agents are its client's at once). `snapshot` is the
 * provider's state at our last read or write: a portal edit compares the provider's current state
 * with it, and a difference is someone's change elsewhere — a conflict, never overwritten.
 */
export const providerAgents = pgTable(
  "provider_agents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => providerConnections.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    name: text("name").notNull(),
    snapshot: jsonb("snapshot").$type<ProviderAgentSnapshot>().notNull(),
    phoneNumbers: jsonb("phone_numbers").$type<string[]>().notNull().default([]),
    // "inactive": gone upstream at the last sync; kept (and its agent's calls) forever.
    status: text("status").$type<"active" | "inactive">().notNull().default("active"),
    agentId: uuid("agent_id").references(() => aiAgents.id, { onDelete: "set null" }),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("provider_agents_connection_external_key").on(t.connectionId, t.externalId),
    index("provider_agents_agency_idx").on(t.agencyId, t.name, t.id),
    uniqueIndex("provider_agents_agent_key").on(t.agentId),
  ],
);
