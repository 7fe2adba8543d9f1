-- Inserts count into call_hourly_stats once per statement, not once per row: a batch of 1,000
-- ingested calls (POST /api/v1/calls/batch) is one grouped upsert per (client, hour, agent)
-- instead of 1,000 single-row upserts, the bulk of the insert's cost. Deletes and updates keep the
-- row-level trigger of 0009 (an update subtracts the old row and adds the new one). Same
-- arithmetic as call_hourly_stats_add and call_hourly_stats_rebuild.
CREATE OR REPLACE FUNCTION calls_add_inserted_hourly_stats() RETURNS trigger AS $$
BEGIN
  INSERT INTO call_hourly_stats AS s (
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
  FROM inserted_calls
  GROUP BY 1, 2, 3, 4
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
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER calls_hourly_stats_insert_delete ON calls;
--> statement-breakpoint
CREATE TRIGGER calls_hourly_stats_delete
  AFTER DELETE ON calls
  FOR EACH ROW EXECUTE FUNCTION calls_keep_hourly_stats();
--> statement-breakpoint
CREATE TRIGGER calls_hourly_stats_insert
  AFTER INSERT ON calls
  REFERENCING NEW TABLE AS inserted_calls
  FOR EACH STATEMENT EXECUTE FUNCTION calls_add_inserted_hourly_stats();
