ALTER TABLE "mail_outbox" ADD COLUMN "secret" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "secret_audience" jsonb;--> statement-breakpoint
-- Emails stored before this migration hold their reset and invitation links in the clear, and
-- the outbox showed them to any owner or admin (issue 18). No one knows whose they are, so their
-- tokens are blanked: those links stop being readable; people ask for a new one.
UPDATE "mail_outbox" SET
  "text" = regexp_replace("text", 'token=[A-Za-z0-9_-]{43}', 'token=hidden', 'g'),
  "html" = regexp_replace("html", 'token=[A-Za-z0-9_-]{43}', 'token=hidden', 'g')
WHERE "text" ~ 'token=[A-Za-z0-9_-]{43}' OR "html" ~ 'token=[A-Za-z0-9_-]{43}';
