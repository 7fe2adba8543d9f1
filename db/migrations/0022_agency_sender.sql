ALTER TABLE "agencies" ADD COLUMN "sender_address" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "sender_dkim_selector" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "sender_dkim_public_key" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "sender_dkim_private_key" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "sender_verified_at" timestamp with time zone;