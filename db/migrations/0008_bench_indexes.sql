DROP INDEX "calls_client_started_idx";--> statement-breakpoint
DROP INDEX "calls_client_agent_started_idx";--> statement-breakpoint
DROP INDEX "calls_client_status_started_idx";--> statement-breakpoint
DROP INDEX "calls_client_sentiment_started_idx";--> statement-breakpoint
DROP INDEX "calls_client_direction_started_idx";--> statement-breakpoint
DROP INDEX "calls_client_outcome_started_idx";--> statement-breakpoint
DROP INDEX "calls_client_review_started_idx";--> statement-breakpoint
CREATE INDEX "users_agency_kind_email_idx" ON "users" USING btree ("agency_id","kind","email");--> statement-breakpoint
CREATE INDEX "calls_client_started_idx" ON "calls" USING btree ("client_id","started_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"agency_id","agent_id","status","duration_seconds","sentiment","outcome","cost_cents");--> statement-breakpoint
CREATE INDEX "calls_client_agent_started_idx" ON "calls" USING btree ("client_id","agent_id","started_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "calls_client_status_started_idx" ON "calls" USING btree ("client_id","status","started_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "calls_client_sentiment_started_idx" ON "calls" USING btree ("client_id","sentiment","started_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "calls_client_direction_started_idx" ON "calls" USING btree ("client_id","direction","started_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "calls_client_outcome_started_idx" ON "calls" USING btree ("client_id","outcome","started_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "calls_client_review_started_idx" ON "calls" USING btree ("client_id","review_status","started_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);