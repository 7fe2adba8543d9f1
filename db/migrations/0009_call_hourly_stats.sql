CREATE TABLE "call_hourly_stats" (
	"agency_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"answered_seconds" bigint DEFAULT 0 NOT NULL,
	"total_seconds" bigint DEFAULT 0 NOT NULL,
	"positive" integer DEFAULT 0 NOT NULL,
	"neutral" integer DEFAULT 0 NOT NULL,
	"negative" integer DEFAULT 0 NOT NULL,
	"outcome_booked" integer DEFAULT 0 NOT NULL,
	"outcome_message_taken" integer DEFAULT 0 NOT NULL,
	"outcome_transferred" integer DEFAULT 0 NOT NULL,
	"outcome_spam" integer DEFAULT 0 NOT NULL,
	"outcome_hung_up" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "call_hourly_stats_pkey" PRIMARY KEY("client_id","hour","agent_id")
);
--> statement-breakpoint
-- The analytics read one client's hours in a range and sum every counter: with the counters in
-- the index that is an index-only scan over adjacent entries, where the heap has each hour's row
-- on a different page (rows are written hour by hour across all clients).
CREATE INDEX "call_hourly_stats_client_hour_covering_idx" ON "call_hourly_stats" ("client_id", "hour")
  INCLUDE ("agency_id", "agent_id", "calls", "answered", "answered_seconds", "total_seconds", "positive", "neutral", "negative",
    "outcome_booked", "outcome_message_taken", "outcome_transferred", "outcome_spam", "outcome_hung_up");
--> statement-breakpoint
-- One call's contribution to its hour, times delta (+1 added, -1 taken away). The hour is the
-- call's start truncated to the UTC hour; every count below mirrors a filter of the analytics.
CREATE OR REPLACE FUNCTION call_hourly_stats_add(c calls, delta integer) RETURNS void AS $$
BEGIN
  INSERT INTO call_hourly_stats AS s (
    agency_id, client_id, agent_id, hour, calls, answered, answered_seconds, total_seconds,
    positive, neutral, negative, outcome_booked, outcome_message_taken, outcome_transferred, outcome_spam, outcome_hung_up
  ) VALUES (
    c.agency_id, c.client_id, c.agent_id, date_trunc('hour', c.started_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
    delta,
    delta * (c.status = 'completed')::int,
    delta * CASE WHEN c.status = 'completed' THEN c.duration_seconds ELSE 0 END,
    delta * c.duration_seconds,
    delta * (c.sentiment IS NOT DISTINCT FROM 'positive')::int,
    delta * (c.sentiment IS NOT DISTINCT FROM 'neutral')::int,
    delta * (c.sentiment IS NOT DISTINCT FROM 'negative')::int,
    delta * (c.outcome IS NOT DISTINCT FROM 'booked')::int,
    delta * (c.outcome IS NOT DISTINCT FROM 'message_taken')::int,
    delta * (c.outcome IS NOT DISTINCT FROM 'transferred')::int,
    delta * (c.outcome IS NOT DISTINCT FROM 'spam')::int,
    delta * (c.outcome IS NOT DISTINCT FROM 'hung_up')::int
  )
  ON CONFLICT (client_id, hour, agent_id) DO UPDATE SET
    calls = s.calls + excluded.calls,
    answered = s.answered + excluded.answered,
    answered_seconds = s.answered_seconds + excluded.answered_seconds,
    total_seconds = s.total_seconds + excluded.total_seconds,
    positive = s.positive + excluded.positive,
    neutral = s.neutral + excluded.neutral,
    negative = s.negative + excluded.negative,
    outcome_booked = s.outcome_booked + excluded.outcome_booked,
    outcome_message_taken = s.outcome_message_taken + excluded.outcome_message_taken,
    outcome_transferred = s.outcome_transferred + excluded.outcome_transferred,
    outcome_spam = s.outcome_spam + excluded.outcome_spam,
    outcome_hung_up = s.outcome_hung_up + excluded.outcome_hung_up;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION calls_keep_hourly_stats() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM call_hourly_stats_add(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM call_hourly_stats_add(NEW, 1); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER calls_hourly_stats_insert_delete
  AFTER INSERT OR DELETE ON calls
  FOR EACH ROW EXECUTE FUNCTION calls_keep_hourly_stats();
--> statement-breakpoint
-- Only updates of a column the stats count fire (a review status change does not).
CREATE TRIGGER calls_hourly_stats_update
  AFTER UPDATE OF agency_id, client_id, agent_id, started_at, status, duration_seconds, sentiment, outcome ON calls
  FOR EACH ROW EXECUTE FUNCTION calls_keep_hourly_stats();
--> statement-breakpoint
-- Recomputes every row from the calls: the backfill below, and bulk loads that set the triggers
-- aside (npm run bench:seed). Same arithmetic as call_hourly_stats_add, as one aggregate.
CREATE OR REPLACE FUNCTION call_hourly_stats_rebuild() RETURNS void AS $$
BEGIN
  DELETE FROM call_hourly_stats;
  INSERT INTO call_hourly_stats (
    agency_id, client_id, agent_id, hour, calls, answered, answered_seconds, total_seconds,
    positive, neutral, negative, outcome_booked, outcome_message_taken, outcome_transferred, outcome_spam, outcome_hung_up
  )
  SELECT agency_id, client_id, agent_id, date_trunc('hour', started_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
    count(*),
    count(*) FILTER (WHERE status = 'completed'),
    coalesce(sum(duration_seconds) FILTER (WHERE status = 'completed'), 0),
    sum(duration_seconds),
    count(*) FILTER (WHERE sentiment = 'positive'),
    count(*) FILTER (WHERE sentiment = 'neutral'),
    count(*) FILTER (WHERE sentiment = 'negative'),
    count(*) FILTER (WHERE outcome = 'booked'),
    count(*) FILTER (WHERE outcome = 'message_taken'),
    count(*) FILTER (WHERE outcome = 'transferred'),
    count(*) FILTER (WHERE outcome = 'spam'),
    count(*) FILTER (WHERE outcome = 'hung_up')
  FROM calls
  GROUP BY 1, 2, 3, 4;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION calls_truncate_hourly_stats() RETURNS trigger AS $$
BEGIN
  DELETE FROM call_hourly_stats;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER calls_hourly_stats_truncate
  AFTER TRUNCATE ON calls
  FOR EACH STATEMENT EXECUTE FUNCTION calls_truncate_hourly_stats();
--> statement-breakpoint
SELECT call_hourly_stats_rebuild();
