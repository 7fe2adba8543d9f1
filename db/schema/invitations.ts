import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { SecretAudience } from "@/lib/mail/secret-audience";
import { agencies } from "./agencies";
import { clients } from "./clients";
import { users } from "./users";

// "expired" is stored only when a newer invitation replaces an expired pending one; a pending
// row past expiresAt is reported as expired without being rewritten.
export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

// A client invitation has clientId; a staff invitation has none. Only the SHA-256 of the token
// is stored, so a database leak does not hand out working links.
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").notNull(),
    agentIds: jsonb("agent_ids").$type<string[]>().notNull().default([]),
    clientIds: jsonb("client_ids").$type<string[]>().notNull().default([]),
    tokenHash: text("token_hash").notNull(),
    status: text("status").$type<InvitationStatus>().notNull().default("pending"),
    invitedById: uuid("invited_by_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    // When the current link was mailed: resend replaces the token and moves this.
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    // One open invitation per email and agency (SPEC §1: one identity per email in an agency).
    uniqueIndex("invitations_pending_email_key")
      .on(t.agencyId, sql`lower(${t.email})`)
      .where(sql`${t.status} = 'pending'`),
    index("invitations_client_idx").on(t.agencyId, t.clientId, t.createdAt),
  ],
);

export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("password_resets_token_hash_key").on(t.tokenHash)],
);

// The development outbox. A mail carrying a secret that grants access (a reset or invitation
// link) is stored with the secret cut out of text and html: `secret` holds it sealed with the
// deployment's key (lib/crypto/secret-box.ts) and `secretAudience` says who may see it
// (lib/mail/secret-audience.ts). The outbox verbs put it back only for that audience.
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id").references(() => agencies.id, { onDelete: "cascade" }),
    fromAddress: text("from_address").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    secret: text("secret"),
    secretAudience: jsonb("secret_audience").$type<SecretAudience>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_outbox_agency_idx").on(t.agencyId, t.createdAt)],
);
