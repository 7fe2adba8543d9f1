import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { clients } from "./clients";
import { integrations } from "./integrations";

// State that every app instance must share (SPEC §14): nothing here may live in one process.

// Counters of every rate limiter (lib/rate-limit), in the shape rate-limiter-flexible's Drizzle
// store reads: one row per limiter key ("login_ip:203.0.113.0"), points used and when they expire.
// Platform-wide, not a tenant's: row-level security lets the tenant role see none of it.
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    points: integer("points").notNull(),
    expire: timestamp("expire", { withTimezone: true }),
  },
  (t) => [index("rate_limits_expire_idx").on(t.expire)],
);

// Periodic jobs (retention purge, audit checkpoints…) run by one instance at a time: the instance
// holding an unexpired lease runs it, and next_run_at makes the whole fleet run it once per period.
export const jobLeases = pgTable("job_leases", {
  name: text("name").primaryKey(),
  lockedBy: text("locked_by"),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull().defaultNow(),
});

// The durable outbox of client webhooks (SPEC §13): one row per (webhook, event), claimed by one
// worker with FOR UPDATE SKIP LOCKED and leased (next_attempt_at pushed ahead, claimed_by set), so
// a crashed instance's rows are sent by another once the lease ends.
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    eventId: text("event_id").notNull(),
    event: jsonb("event")
      .$type<{ id: string; type: string; createdAt: string; data: Record<string, unknown> }>()
      .notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    claimedBy: text("claimed_by"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Kept after sending (pending → delivered, or failed after the last retry), so the client's
    // integrations page can show recent deliveries and an admin can send one again.
    status: text("status").$type<"pending" | "delivered" | "failed">().notNull().default("pending"),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    index("webhook_deliveries_due_idx")
      .on(t.nextAttemptAt, t.id)
      .where(sql`status = 'pending'`),
    uniqueIndex("webhook_deliveries_event_uq").on(t.integrationId, t.eventId),
    index("webhook_deliveries_client_idx").on(t.clientId),
  ],
);
