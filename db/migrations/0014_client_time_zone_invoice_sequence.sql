-- Time zones (issue 17): the agency's zone, and a client's own (null: the agency's). Both are
-- IANA names, validated by the app on write.
ALTER TABLE "agencies" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "time_zone" text;--> statement-breakpoint
-- Invoice numbers per client, 1, 2, 3 … with no gap a client can see. Numbers used to run across
-- an agency's clients, so each client saw gaps (0001, 0004, 0007); existing invoices are
-- renumbered in issue order per client, keeping each number's prefix (e.g. ACME-2026-).
ALTER TABLE "clients" ADD COLUMN "last_invoice_sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "sequence" integer;--> statement-breakpoint
DROP INDEX "invoices_agency_number_key";--> statement-breakpoint
UPDATE "invoices" i SET "sequence" = o.n,
  "number" = CASE WHEN i."number" ~ '[0-9]+$' THEN regexp_replace(i."number", '[0-9]+$', lpad(o.n::text, 4, '0')) ELSE i."number" END
FROM (SELECT "id", row_number() OVER (PARTITION BY "client_id" ORDER BY "issued_at", "id")::int AS n FROM "invoices") o
WHERE o."id" = i."id";--> statement-breakpoint
UPDATE "clients" c SET "last_invoice_sequence" = m.n
FROM (SELECT "client_id", max("sequence") AS n FROM "invoices" GROUP BY "client_id") m
WHERE m."client_id" = c."id";--> statement-breakpoint
ALTER TABLE "invoices" ALTER COLUMN "sequence" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_client_sequence_key" ON "invoices" USING btree ("client_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_client_number_key" ON "invoices" USING btree ("client_id","number");
