import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { clients } from "./clients";

export type VoiceProvider = "vapi" | "retell";
export type ProviderConnectionStatus = "connected" | "error" | "disconnected";

/**
 * An agency's (or one client's) account at a voice provider (SPEC §13): the API key sealed with
 * lib/crypto (bound to the row id), its last four characters, the connection's unguessable webhook
 * id for POST /api/ingest/{provider}/{webhookId}, and for Vapi the webhook secret its credential
 * signs with. `apiBaseUrl` points a connection at a regional gateway or a local test provider.
 */
export const providerConnections = pgTable(
  "provider_connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    provider: text("provider").$type<VoiceProvider>().notNull(),
    apiKeyCiphertext: text("api_key_ciphertext").notNull(),
    keyLast4: text("key_last4").notNull(),
    webhookId: text("webhook_id").notNull(),
    webhookSecretCiphertext: text("webhook_secret_ciphertext"),
    apiBaseUrl: text("api_base_url"),
    status: text("status").$type<ProviderConnectionStatus>().notNull().default("connected"),
    lastSyncAt: timestamp("last_sync_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("provider_connections_webhook_id_key").on(t.webhookId),
    index("provider_connections_agency_idx").on(t.agencyId),
  ],
);
