import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";

// Append-only, hash-chained per agency: seq has no gaps and hash = sha256(prevHash + canonical event).
export const auditEvents = pgTable("audit_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  agencyId: uuid("agency_id").notNull().references(() => agencies.id, { onDelete: "cascade" }),
  seq: bigint("seq", { mode: "number" }).notNull(),
  occurredAt: timestamp("occurred_at", { withTimezone: true, precision: 3 }).notNull(),
  action: text("action").notNull(),
  actorType: text("actor_type").notNull(),
  actorId: text("actor_id"),
  actorEmail: text("actor_email"),
  targetType: text("target_type"),
  targetId: text("target_id"),
  clientId: uuid("client_id"),
  outcome: text("outcome").notNull().default("success"),
  ip: text("ip"),
  userAgent: text("user_agent"),
  details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  prevHash: text("prev_hash").notNull(),
  hash: text("hash").notNull(),
}, (t) => [
  uniqueIndex("audit_events_agency_seq_key").on(t.agencyId, t.seq),
  index("audit_events_agency_action_idx").on(t.agencyId, t.action, t.seq),
  index("audit_events_agency_client_idx").on(t.agencyId, t.clientId, t.seq),
  index("audit_events_agency_actor_idx").on(t.agencyId, t.actorId, t.seq),
  index("audit_events_agency_occurred_idx").on(t.agencyId, t.occurredAt),
  index("audit_events_client_target_idx").on(t.clientId, t.action, t.targetId),
]);

// One row per agency, locked FOR UPDATE by every audit write: it serialises the chain.
export const auditHeads = pgTable("audit_heads", {
  agencyId: uuid("agency_id").primaryKey().references(() => agencies.id, { onDelete: "cascade" }),
  lastSeq: bigint("last_seq", { mode: "number" }).notNull().default(0),
  lastHash: text("last_hash").notNull(),
});
