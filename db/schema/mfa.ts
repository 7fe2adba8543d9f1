import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { agencies } from "./agencies";
import { users } from "./users";

export type MfaFactorKind = "totp" | "passkey";

// A user's second factors (SPEC §11): one authenticator app (TOTP) and any number of passkeys.
export const mfaFactors = pgTable(
  "mfa_factors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<MfaFactorKind>().notNull(),
    label: text("label").notNull().default(""),
    /** TOTP: the shared secret, sealed (lib/crypto/secret-box.ts) and bound to the user id. */
    totpSecretSealed: text("totp_secret_sealed"),
    /** TOTP: the last time step accepted; a code of that step or older is never accepted again. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    /** Passkey: credential id and COSE public key, base64url; the signature counter. */
    credentialId: text("credential_id"),
    publicKey: text("public_key"),
    signCount: bigint("sign_count", { mode: "number" }).notNull().default(0),
    transports: jsonb("transports").$type<string[]>(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("mfa_factors_user_idx").on(t.userId),
    uniqueIndex("mfa_factors_one_totp_key")
      .on(t.userId)
      .where(sql`${t.kind} = 'totp'`),
    uniqueIndex("mfa_factors_credential_key").on(t.credentialId),
  ],
);

// Ten single-use recovery codes per user, stored as SHA-256 hashes (lib/auth/mfa/recovery-codes.ts).
export const mfaRecoveryCodes = pgTable(
  "mfa_recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("mfa_recovery_codes_user_idx").on(t.userId, t.codeHash)],
);

export type MfaChallengePurpose = "sign_in" | "enrol";

// The second step of a password sign-in, or a signed-in user's pending enrolment. It lives in the
// database so that any app instance can finish what another began (SPEC §14). A sign-in challenge
// is found by the hash of the token in the browser's cookie; an enrolment one by its session.
export const mfaChallenges = pgTable(
  "mfa_challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<MfaChallengePurpose>().notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The user's session version when the password was checked: a password change ends the challenge. */
    userSessionVersion: integer("user_session_version").notNull(),
    /** An owner's break-glass password sign-in into an SSO-only agency (audited as such). */
    breakGlass: boolean("break_glass").notNull().default(false),
    /** A TOTP secret being enrolled (sealed, bound to the user id), until its first code confirms it. */
    pendingTotpSecretSealed: text("pending_totp_secret_sealed"),
    /** The WebAuthn challenge last issued for this step (registration or authentication). */
    webauthnChallenge: text("webauthn_challenge"),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("mfa_challenges_token_key").on(t.tokenHash), index("mfa_challenges_expires_idx").on(t.expiresAt)],
);
