import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { clients } from "./clients";

export type IntegrationKind = "crm" | "calendar" | "webhook";
export type IntegrationStatus = "connected" | "error" | "disconnected";

// Secrets (API tokens, webhook signing secrets) are stored encrypted and never sent back.
export const integrations = pgTable(
  "integrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    kind: text("kind").$type<IntegrationKind>().notNull(),
    provider: text("provider").notNull(),
    name: text("name").notNull(),
    status: text("status").$type<IntegrationStatus>().notNull(),
    config: jsonb("config").$type<Record<string, string>>().notNull().default({}),
    secretCiphertext: text("secret_ciphertext"),
    // The last four characters of the secret, so people can tell which one is stored ("••••1234").
    secretHint: text("secret_hint"),
    lastEventAt: timestamp("last_event_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("integrations_client_idx").on(t.clientId, t.kind)],
);
