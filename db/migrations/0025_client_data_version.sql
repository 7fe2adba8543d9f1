-- A per-client data version for the page cache (lib/page-cache): raised in the same transaction
-- as any write to what a client's cached pages show, so the version a request reads is never
-- older than the data it renders, and a cache entry keyed by an old version is never read again
-- on any app instance. Triggers, not the writers, raise it: ingestion, provider sync, reviews,
-- deletions, retention purges and edits made by hand in SQL all count the same way.
ALTER TABLE "clients" ADD COLUMN "data_version" bigint DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- Any change to the client row itself (name, rate, time zone, permissions, invoice numbering…).
CREATE OR REPLACE FUNCTION clients_raise_data_version() RETURNS trigger AS $$
BEGIN
  IF NEW.data_version = OLD.data_version THEN
    NEW.data_version := OLD.data_version + 1;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER clients_data_version
  BEFORE UPDATE ON clients
  FOR EACH ROW EXECUTE FUNCTION clients_raise_data_version();
--> statement-breakpoint
-- Once per statement, for every client the statement's rows belong to (before or after an
-- update): a batch of 1,000 ingested calls raises its client's version once. Runs with the
-- writer's rights, like the hourly rollup: the rows it touches are the writer's own agency's.
CREATE OR REPLACE FUNCTION raise_client_data_versions() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE clients SET data_version = data_version + 1
      WHERE id IN (SELECT DISTINCT client_id FROM new_rows WHERE client_id IS NOT NULL);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE clients SET data_version = data_version + 1
      WHERE id IN (SELECT DISTINCT client_id FROM old_rows WHERE client_id IS NOT NULL);
  ELSE
    UPDATE clients SET data_version = data_version + 1
      WHERE id IN (SELECT client_id FROM old_rows WHERE client_id IS NOT NULL
                   UNION SELECT client_id FROM new_rows WHERE client_id IS NOT NULL);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER calls_data_version_insert AFTER INSERT ON calls
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER calls_data_version_update AFTER UPDATE ON calls
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER calls_data_version_delete AFTER DELETE ON calls
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER ai_agents_data_version_insert AFTER INSERT ON ai_agents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER ai_agents_data_version_update AFTER UPDATE ON ai_agents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER ai_agents_data_version_delete AFTER DELETE ON ai_agents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER phone_numbers_data_version_insert AFTER INSERT ON phone_numbers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER phone_numbers_data_version_update AFTER UPDATE ON phone_numbers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER phone_numbers_data_version_delete AFTER DELETE ON phone_numbers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER integrations_data_version_insert AFTER INSERT ON integrations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER integrations_data_version_update AFTER UPDATE ON integrations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER integrations_data_version_delete AFTER DELETE ON integrations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER invoices_data_version_insert AFTER INSERT ON invoices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER invoices_data_version_update AFTER UPDATE ON invoices
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
CREATE TRIGGER invoices_data_version_delete AFTER DELETE ON invoices
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION raise_client_data_versions();
--> statement-breakpoint
-- TRUNCATE (seeding, resets) fires no row or transition-table trigger: every client moves on.
CREATE OR REPLACE FUNCTION raise_all_client_data_versions() RETURNS trigger AS $$
BEGIN
  UPDATE clients SET data_version = data_version + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER calls_data_version_truncate AFTER TRUNCATE ON calls
  FOR EACH STATEMENT EXECUTE FUNCTION raise_all_client_data_versions();
