import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { clients } from "./clients";
import { aiAgents } from "./agents";

export type CallDirection = "inbound" | "outbound";
export type CallStatus = "completed" | "missed" | "voicemail" | "failed";
export type ReviewStatus = "new" | "reviewed" | "follow_up" | "done";
export type CallOutcome = "booked" | "message_taken" | "transferred" | "spam" | "hung_up";
export type Sentiment = "positive" | "neutral" | "negative";
export type TranscriptTurn = { speaker: "agent" | "caller"; text: string; startSeconds: number };

export const calls = pgTable(
  "calls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    agentId: uuid("agent_id")
      .notNull()
      .references(() => aiAgents.id, { onDelete: "cascade" }),
    direction: text("direction").$type<CallDirection>().notNull(),
    callerNumber: text("caller_number").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    durationSeconds: integer("duration_seconds").notNull(),
    status: text("status").$type<CallStatus>().notNull(),
    reviewStatus: text("review_status").$type<ReviewStatus>().notNull().default("new"),
    outcome: text("outcome").$type<CallOutcome>(),
    sentiment: text("sentiment").$type<Sentiment>(),
    summary: text("summary"),
    transcript: jsonb("transcript").$type<TranscriptTurn[]>(),
    recordingPath: text("recording_path"),
    costCents: integer("cost_cents").notNull().default(0),
    // Where an ingested call came from (SPEC §13): "vapi", "retell" or "api" (generic ingestion),
    // and the source's own id for it, unique per agency — duplicates and retries merge into one call.
    source: text("source").$type<"vapi" | "retell" | "api">(),
    externalId: text("external_id"),
    providerConnectionId: uuid("provider_connection_id"),
    // How complete the stored call is (lib/ingest/normalised-call.ts): 2 ended, 3 analysed/final.
    ingestRank: integer("ingest_rank").notNull().default(0),
    // What the provider charged the agency (cents); cost_cents is what the client is billed.
    providerCostCents: integer("provider_cost_cents"),
  },
  (t) => [
    // Every list is "this client's calls, newest first, maybe narrowed": each filter gets an index
    // that ends in the keyset (started_at, id) so pagination never sorts or scans. The keys are
    // DESC NULLS FIRST because that is what `ORDER BY … DESC` means: an index in any other null
    // order cannot return rows in the list's order, and the planner falls back to sorting.
    // The client index also carries the columns the counts and the overview/analytics aggregates
    // read, so those are index-only scans instead of one heap page per call (bench:explain).
    index("calls_client_started_idx").on(
      t.clientId,
      t.startedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
      t.agencyId,
      t.agentId,
      t.status,
      t.durationSeconds,
      t.sentiment,
      t.outcome,
      t.costCents,
    ),
    index("calls_client_agent_started_idx").on(
      t.clientId,
      t.agentId,
      t.startedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("calls_client_status_started_idx").on(
      t.clientId,
      t.status,
      t.startedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("calls_client_sentiment_started_idx").on(
      t.clientId,
      t.sentiment,
      t.startedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("calls_client_direction_started_idx").on(
      t.clientId,
      t.direction,
      t.startedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("calls_client_outcome_started_idx").on(
      t.clientId,
      t.outcome,
      t.startedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("calls_client_review_started_idx").on(
      t.clientId,
      t.reviewStatus,
      t.startedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("calls_agency_started_idx").on(t.agencyId, t.startedAt),
    uniqueIndex("calls_source_external_uq")
      .on(t.agencyId, t.source, t.externalId)
      .where(sql`external_id is not null`),
  ],
);
