import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { agencies } from "./agencies";

// Append-only, hash-chained per agency: seq has no gaps and hash = sha256(prevHash + canonical event).
// mac = HMAC-SHA256 of that hash under AUDIT_HMAC_KEY (never stored here): a database owner who
// edits an event can recompute the plain hashes but not the MACs. Null only on events written
// before the chain was keyed (lib/audit/mac-event.ts).
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
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
    // First 16 hex of sha256(session id): ties the events of one session together without storing it.
    sessionRef: text("session_ref"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
    mac: text("mac"),
  },
  (t) => [
    uniqueIndex("audit_events_agency_seq_key").on(t.agencyId, t.seq),
    index("audit_events_agency_action_idx").on(t.agencyId, t.action, t.seq),
    index("audit_events_agency_client_idx").on(t.agencyId, t.clientId, t.seq),
    index("audit_events_agency_actor_idx").on(t.agencyId, t.actorId, t.seq),
    // The console filters by the email it shows, which also covers failed logins of unknown emails.
    index("audit_events_agency_actor_email_idx").on(t.agencyId, sql`lower(${t.actorEmail})`, t.seq),
    index("audit_events_agency_occurred_idx").on(t.agencyId, t.occurredAt),
    index("audit_events_client_target_idx").on(t.clientId, t.action, t.targetId),
  ],
);

// One row per agency, locked FOR UPDATE by every audit write: it serialises the chain.
export const auditHeads = pgTable("audit_heads", {
  agencyId: uuid("agency_id")
    .primaryKey()
    .references(() => agencies.id, { onDelete: "cascade" }),
  lastSeq: bigint("last_seq", { mode: "number" }).notNull().default(0),
  lastHash: text("last_hash").notNull(),
});

// Written by the retention purge: the last purged event's seq and hash, so the remaining chain
// still verifies from here. Append-only like the events (trigger in the migrations).
export const auditCheckpoints = pgTable(
  "audit_checkpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    seq: bigint("seq", { mode: "number" }).notNull(),
    hash: text("hash").notNull(),
    purgedBefore: timestamp("purged_before", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("audit_checkpoints_agency_seq_key").on(t.agencyId, t.seq)],
);

export type AuditDestinationKind = "https_json" | "splunk_hec";

// SIEM destinations of an agency. The secret (HMAC key or HEC token) is stored encrypted and
// never sent back; health columns are written by the delivery worker.
export const auditDestinations = pgTable(
  "audit_destinations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    kind: text("kind").$type<AuditDestinationKind>().notNull(),
    name: text("name").notNull(),
    url: text("url").notNull(),
    secretCiphertext: text("secret_ciphertext").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
    lastError: text("last_error"),
    lastErrorAt: timestamp("last_error_at", { withTimezone: true }),
    // Consecutive failed deliveries; 0 means healthy.
    failures: integer("failures").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_destinations_agency_idx").on(t.agencyId, t.enabled)],
);

// Transactional outbox: emitAudit adds one row per enabled destination in the event's own
// transaction; the worker deletes a row once its destination accepted the event.
export const auditOutbox = pgTable(
  "audit_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    destinationId: uuid("destination_id")
      .notNull()
      .references(() => auditDestinations.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => auditEvents.id, { onDelete: "cascade" }),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    // The instance whose lease this is (lib/jobs/instance-id.ts): a clean shutdown hands its rows back.
    claimedBy: text("claimed_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_outbox_due_idx").on(t.nextAttemptAt, t.id),
    index("audit_outbox_destination_idx").on(t.destinationId, t.id),
    index("audit_outbox_event_idx").on(t.eventId),
  ],
);
