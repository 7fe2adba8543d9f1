CREATE TABLE "provider_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"client_id" uuid,
	"provider" text NOT NULL,
	"api_key_ciphertext" text NOT NULL,
	"key_last4" text NOT NULL,
	"api_base_url" text NOT NULL,
	"webhook_id" text NOT NULL,
	"status" text DEFAULT 'connected' NOT NULL,
	"last_sync_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ai_agents" ADD COLUMN "provider" text;--> statement-breakpoint
ALTER TABLE "ai_agents" ADD COLUMN "provider_connection_id" uuid;--> statement-breakpoint
ALTER TABLE "ai_agents" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "ai_agents" ADD COLUMN "provider_status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_agents" ADD COLUMN "last_synced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "provider_connections" ADD CONSTRAINT "provider_connections_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_connections" ADD CONSTRAINT "provider_connections_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "provider_connections_webhook_key" ON "provider_connections" USING btree ("webhook_id");--> statement-breakpoint
CREATE INDEX "provider_connections_agency_idx" ON "provider_connections" USING btree ("agency_id","provider");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agents_provider_external_key" ON "ai_agents" USING btree ("provider_connection_id","external_id");--> statement-breakpoint
ALTER TABLE "provider_connections" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "provider_connections" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
