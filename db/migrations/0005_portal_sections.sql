ALTER TABLE "agent_versions" ADD COLUMN "reverted_from" integer;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "secret_hint" text;