ALTER TABLE "recording_fetches" ALTER COLUMN "connection_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "provider_connections" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;