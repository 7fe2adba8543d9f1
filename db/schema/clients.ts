import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { StoredPermissions } from "@/lib/authz/permission-keys";
import { agencies } from "./agencies";

export const clients = pgTable(
  "clients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    portalAccess: text("portal_access").$type<"enabled" | "suspended">().notNull().default("enabled"),
    clientAdminsManageUsers: boolean("client_admins_manage_users").notNull().default(true),
    // Whether this client's admins may create client API keys (SPEC §12); the agency decides.
    apiKeysAllowed: boolean("api_keys_allowed").notNull().default(false),
    // Snapshot of the eight toggles, each with whether it was set for this client ("overridden")
    // or still carries the agency default it was created with.
    permissions: jsonb("permissions").$type<StoredPermissions>().notNull(),
    // Optimistic concurrency: a save on a stale version gets 409.
    permissionsVersion: integer("permissions_version").notNull().default(1),
    ratePerMinuteCents: integer("rate_per_minute_cents").notNull().default(12),
    // IANA zone name (validated on write) of every day boundary and time its users read; null: the
    // agency's. See lib/time-zones.
    timeZone: text("time_zone"),
    // The last invoice number handed out to this client: raised in the transaction that inserts
    // the invoice, so numbers run 1, 2, 3 … per client with no gap (a rolled-back insert gives its
    // number back, unlike a database sequence).
    lastInvoiceSequence: integer("last_invoice_sequence").notNull().default(0),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    // "Require MFA for this client's users" (SPEC §11), set by staff who may edit the client.
    requireMfa: boolean("require_mfa").notNull().default(false),
    // Raised by triggers (migration 0025) on every write to what the client's cached portal pages
    // show: the page cache's per-client data version (lib/page-cache).
    dataVersion: bigint("data_version", { mode: "number" }).notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("clients_agency_name_idx").on(t.agencyId, t.name, t.id)],
);
