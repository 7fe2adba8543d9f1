import { bigint, integer, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The calls summed per client, AI agent and UTC hour, kept by triggers on `calls` (migration
 * 0009): analytics over 90 days reads at most 24 rows a day per agent instead of every call.
 * The agent is part of the key because a scoped viewer only sees some agents' calls. Rows are
 * never read alone, only summed; a row whose calls were all deleted stays, at zero. No foreign
 * keys: this is derived data, and a cascade deleting an agent's calls must be able to write the
 * decrements while the agent row itself is going.
 */
export const callHourlyStats = pgTable(
  "call_hourly_stats",
  {
    agencyId: uuid("agency_id").notNull(),
    clientId: uuid("client_id").notNull(),
    agentId: uuid("agent_id").notNull(),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    calls: integer("calls").notNull().default(0),
    answered: integer("answered").notNull().default(0),
    answeredSeconds: bigint("answered_seconds", { mode: "number" }).notNull().default(0),
    totalSeconds: bigint("total_seconds", { mode: "number" }).notNull().default(0),
    positive: integer("positive").notNull().default(0),
    neutral: integer("neutral").notNull().default(0),
    negative: integer("negative").notNull().default(0),
    outcomeBooked: integer("outcome_booked").notNull().default(0),
    outcomeMessageTaken: integer("outcome_message_taken").notNull().default(0),
    outcomeTransferred: integer("outcome_transferred").notNull().default(0),
    outcomeSpam: integer("outcome_spam").notNull().default(0),
    outcomeHungUp: integer("outcome_hung_up").notNull().default(0),
  },
  (t) => [primaryKey({ name: "call_hourly_stats_pkey", columns: [t.clientId, t.hour, t.agentId] })],
);
