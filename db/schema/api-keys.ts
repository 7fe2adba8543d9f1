import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { clients } from "./clients";
import { users } from "./users";

// API keys (SPEC §12). Only the SHA-256 of the secret is kept (a lookup by hash, never the secret)
// and a short display prefix for lists. client_id set: a client key, acting as that client;
// null: an agency key, optionally limited to `client_ids`. A key never grants more than its
// creator holds at the time of each request, so created_by is required.
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    scopes: text("scopes").array().notNull(),
    // Agency keys only: the clients it is limited to; null means every client its creator may see.
    clientIds: uuid("client_ids").array(),
    secretHash: text("secret_hash").notNull(),
    displayPrefix: text("display_prefix").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    // Written at most once a minute per key, so a busy key does not turn every read into a write.
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    lastUsedIp: text("last_used_ip"),
    rateLimitPerMinute: integer("rate_limit_per_minute").notNull().default(600),
  },
  (t) => [
    uniqueIndex("api_keys_secret_hash_key").on(t.secretHash),
    index("api_keys_agency_idx").on(t.agencyId, t.createdAt),
    index("api_keys_created_by_idx")
      .on(t.createdBy)
      .where(sql`${t.revokedAt} is null`),
  ],
);
