CREATE TABLE "provider_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"connection_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"provider_call_id" text NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_by" text,
	"call_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recording_fetches" (
	"call_id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"connection_id" uuid NOT NULL,
	"source_url" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_by" text,
	"last_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "webhook_deliveries_due_idx";--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "provider_connection_id" uuid;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "ingest_rank" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "provider_cost_cents" integer;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "last_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "provider_connections" ADD COLUMN "webhook_secret_ciphertext" text;--> statement-breakpoint
ALTER TABLE "provider_events" ADD CONSTRAINT "provider_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_events" ADD CONSTRAINT "provider_events_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recording_fetches" ADD CONSTRAINT "recording_fetches_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recording_fetches" ADD CONSTRAINT "recording_fetches_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "provider_events_dedupe_uq" ON "provider_events" USING btree ("connection_id","provider_call_id","event_type");--> statement-breakpoint
CREATE INDEX "provider_events_due_idx" ON "provider_events" USING btree ("next_attempt_at","id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "provider_events_connection_idx" ON "provider_events" USING btree ("connection_id","received_at");--> statement-breakpoint
CREATE INDEX "recording_fetches_due_idx" ON "recording_fetches" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "calls_source_external_uq" ON "calls" USING btree ("agency_id","source","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("next_attempt_at","id") WHERE status = 'pending';--> statement-breakpoint
-- Row-level security (see 0012): the inbox of provider events and the recordings still to copy
-- belong to their agency.
ALTER TABLE "provider_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "provider_events" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "recording_fetches" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "recording_fetches" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
