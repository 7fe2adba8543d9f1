ALTER TABLE "sessions" ADD COLUMN "preview_client_id" uuid;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "preview_role" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "handoff_token_hash" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "handoff_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_preview_client_id_clients_id_fk" FOREIGN KEY ("preview_client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_handoff_token_key" ON "sessions" USING btree ("handoff_token_hash");