import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { calls } from "./calls";

export type ProviderEventStatus = "pending" | "processed" | "ignored" | "failed";

/**
 * The inbox of provider webhooks (SPEC §13): every verified delivery is stored raw, once per
 * (connection, provider call, event type) — a retried or duplicated delivery is the same row —
 * and the route answers at once; a worker turns rows into calls (lib/jobs/ingest). A row the
 * worker cannot read is kept with its error for the connection's health page, never dropped.
 */
export const providerEvents = pgTable(
  "provider_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id").notNull(),
    provider: text("provider").$type<"vapi" | "retell">().notNull(),
    providerCallId: text("provider_call_id").notNull(),
    eventType: text("event_type").notNull(),
    // The body as received (verified). jsonb for the worker; text would keep the exact bytes, but
    // the signature was checked at the door and nothing re-verifies it later.
    payload: jsonb("payload").$type<unknown>(),
    status: text("status").$type<ProviderEventStatus>().notNull().default("pending"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    claimedBy: text("claimed_by"),
    callId: uuid("call_id").references(() => calls.id, { onDelete: "set null" }),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("provider_events_dedupe_uq").on(t.connectionId, t.providerCallId, t.eventType),
    index("provider_events_due_idx")
      .on(t.nextAttemptAt, t.id)
      .where(sql`status = 'pending'`),
    index("provider_events_connection_idx").on(t.connectionId, t.receivedAt),
  ],
);

export type RecordingFetchStatus = "pending" | "expired" | "failed";

/**
 * Recordings still to copy from the provider's URL into our store (lib/jobs/ingest): one row per
 * call until the copy succeeds (then the row goes and calls.recording_path is set). An expired
 * link waits here with its error until reconciliation reads the call again and brings a fresh one.
 */
export const recordingFetches = pgTable(
  "recording_fetches",
  {
    callId: uuid("call_id")
      .primaryKey()
      .references(() => calls.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    // Null for a call pushed through the generic ingestion API (POST /api/v1/calls): no provider.
    connectionId: uuid("connection_id"),
    sourceUrl: text("source_url").notNull(),
    status: text("status").$type<RecordingFetchStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    claimedBy: text("claimed_by"),
    lastError: text("last_error"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("recording_fetches_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`status = 'pending'`),
  ],
);
