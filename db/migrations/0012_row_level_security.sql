-- Row-level security: a database-level backstop for tenant isolation (see README, "Row-level
-- security"). Tenant verbs run in a transaction that switches to the role app_tenant (owner of
-- no table, no BYPASSRLS) and sets app.agency_id for that transaction only; the policies below
-- then hide, and refuse to write, rows of any other agency. Without the setting a tenant
-- transaction sees nothing. The owner (migrations, seed, sign-in before a tenant is known,
-- cross-agency background jobs) is not subject to these policies: no FORCE.
--
-- The role is cluster-wide. Creating it needs CREATEROLE; where the migrating user lacks that
-- (a managed database, CI's PostgreSQL user), a superuser creates it once beforehand:
--   CREATE ROLE app_tenant NOLOGIN NOBYPASSRLS; GRANT app_tenant TO <migrating user>;
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app_tenant') THEN
    IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
      RAISE EXCEPTION 'Row-level security needs the role app_tenant. As a superuser run: CREATE ROLE app_tenant NOLOGIN NOBYPASSRLS; GRANT app_tenant TO %;', current_user;
    END IF;
    CREATE ROLE app_tenant NOLOGIN NOBYPASSRLS;
  END IF;
  IF NOT pg_has_role(current_user, 'app_tenant', 'MEMBER') THEN
    EXECUTE format('GRANT app_tenant TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO app_tenant;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO app_tenant;
--> statement-breakpoint
-- Tables and sequences later migrations create are the tenant role's to use too; a new table
-- still needs its own policy (db/rls.int.test.ts fails for a table without row-level security).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app_tenant;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO app_tenant;
--> statement-breakpoint
-- The agency itself: a tenant sees and edits its own row only.
ALTER TABLE "agencies" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "agencies" USING ("id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
-- Tables with their own agency_id.
ALTER TABLE "agency_domains" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "agency_domains" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "ai_agents" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "ai_agents" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "phone_numbers" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "phone_numbers" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "audit_events" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "audit_heads" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "audit_heads" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "audit_checkpoints" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "audit_checkpoints" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "audit_destinations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "audit_destinations" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "invoices" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "invoices" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "call_hourly_stats" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "call_hourly_stats" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "calls" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "calls" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "clients" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "clients" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "integrations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "integrations" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "invitations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "invitations" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "mail_outbox" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "users" USING ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid) WITH CHECK ("agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid);
--> statement-breakpoint
-- Tables keyed by a parent: the parent's agency decides. A sub-select rather than a copied
-- agency_id column: no writer (verbs, seed, the benchmark's COPY) has to keep a second copy
-- consistent, and the planner runs the IN as one hashed sub-plan per statement.
ALTER TABLE "agent_versions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "agent_versions" USING ("agent_id" IN (SELECT p."id" FROM "ai_agents" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid)) WITH CHECK ("agent_id" IN (SELECT p."id" FROM "ai_agents" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid));
--> statement-breakpoint
ALTER TABLE "invoice_lines" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "invoice_lines" USING ("invoice_id" IN (SELECT p."id" FROM "invoices" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid)) WITH CHECK ("invoice_id" IN (SELECT p."id" FROM "invoices" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid));
--> statement-breakpoint
ALTER TABLE "staff_client_assignments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "staff_client_assignments" USING ("user_id" IN (SELECT p."id" FROM "users" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid)) WITH CHECK ("user_id" IN (SELECT p."id" FROM "users" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid));
--> statement-breakpoint
ALTER TABLE "user_agent_assignments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "user_agent_assignments" USING ("user_id" IN (SELECT p."id" FROM "users" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid)) WITH CHECK ("user_id" IN (SELECT p."id" FROM "users" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid));
--> statement-breakpoint
ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sessions" USING ("user_id" IN (SELECT p."id" FROM "users" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid)) WITH CHECK ("user_id" IN (SELECT p."id" FROM "users" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid));
--> statement-breakpoint
ALTER TABLE "password_resets" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "password_resets" USING ("user_id" IN (SELECT p."id" FROM "users" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid)) WITH CHECK ("user_id" IN (SELECT p."id" FROM "users" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid));
--> statement-breakpoint
ALTER TABLE "audit_outbox" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "audit_outbox" USING ("destination_id" IN (SELECT p."id" FROM "audit_destinations" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid)) WITH CHECK ("destination_id" IN (SELECT p."id" FROM "audit_destinations" p WHERE p."agency_id" = nullif(current_setting('app.agency_id', true), '')::uuid));
