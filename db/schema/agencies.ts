import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { PermissionSet } from "@/lib/authz/permission-keys";

export const agencies = pgTable(
  "agencies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    // Branding is a handful of validated columns, turned into CSS variables by the portal layout.
    primaryColor: text("primary_color").notNull().default("#4f46e5"),
    logoPath: text("logo_path"),
    faviconPath: text("favicon_path"),
    supportEmail: text("support_email"),
    senderName: text("sender_name"),
    // The agency's own From address (lib/dal/agencies/set-sender-address.ts): mail uses it, signed
    // with this DKIM key, only once its DNS records are verified; until then MAIL_FROM.
    senderAddress: text("sender_address"),
    senderDkimSelector: text("sender_dkim_selector"),
    senderDkimPublicKey: text("sender_dkim_public_key"),
    /** The DKIM private key, sealed (lib/crypto/secret-box.ts) and bound to the agency id. */
    senderDkimPrivateKey: text("sender_dkim_private_key"),
    senderVerifiedAt: timestamp("sender_verified_at", { withTimezone: true }),
    // The eight toggles a new client copies; see lib/authz/catalogue.ts.
    defaultPermissions: jsonb("default_permissions").$type<PermissionSet>().notNull(),
    defaultsVersion: integer("defaults_version").notNull().default(1),
    auditRetentionDays: integer("audit_retention_days").notNull().default(365),
    // IANA zone name (validated on write) for a client that has none of its own.
    timeZone: text("time_zone").notNull().default("UTC"),
    // "Require MFA for staff" (SPEC §11): a staff member without a second factor enrols at sign-in.
    requireMfaForStaff: boolean("require_mfa_for_staff").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agencies_slug_key").on(sql`lower(${t.slug})`)],
);

export const agencyDomains = pgTable(
  "agency_domains",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agency_domains_domain_key").on(t.domain), index("agency_domains_agency_idx").on(t.agencyId)],
);
