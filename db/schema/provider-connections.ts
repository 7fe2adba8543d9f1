import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { clients } from "./clients";

export type VoiceProviderId = "vapi" | "retell";
export type ProviderConnectionStatus = "connected" | "error";

/**
 * An agency's (or one client's) account at a voice-AI provider. A client-level connection
 * overrides the agency's for that client. The API key is sealed with lib/crypto (bound to the
 * row id); only its last four characters are readable. The webhook id is the unguessable
 * path segment of `/api/ingest/{provider}/{webhookId}`.
 */
export const providerConnections = pgTable(
  "provider_connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    provider: text("provider").$type<VoiceProviderId>().notNull(),
    apiKeyCiphertext: text("api_key_ciphertext").notNull(),
    keyLast4: text("key_last4").notNull(),
    apiBaseUrl: text("api_base_url").notNull(),
    webhookId: text("webhook_id").notNull(),
    // Vapi signs its webhooks with a credential the agency creates in Vapi (HMAC secret or the
    // X-Vapi-Secret header): this is that secret, sealed like the key. Retell signs with the key.
    webhookSecretCiphertext: text("webhook_secret_ciphertext"),
    status: text("status").$type<ProviderConnectionStatus>().notNull().default("connected"),
    lastSyncAt: timestamp("last_sync_at", { withTimezone: true }),
    lastError: text("last_error"),
    // The demo seed's connections (fake keys, the providers' public hosts): never polled, so a
    // demo does not call the providers every five minutes. Saving a new key or base URL clears it.
    demo: boolean("demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("provider_connections_webhook_key").on(t.webhookId),
    index("provider_connections_agency_idx").on(t.agencyId, t.provider),
  ],
);
