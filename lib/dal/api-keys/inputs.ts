import "server-only";
import { z } from "zod";

export const DEFAULT_EXPIRY_DAYS = 90;
export const MAX_EXPIRY_DAYS = 365;
export const DEFAULT_RATE_LIMIT = 600;

/**
 * `POST …/api-keys` (SPEC §12): a name, scopes (capability names; checked against the creator's
 * own capabilities by the verb), for agency keys an optional list of clients it is limited to, an
 * expiry in days (default 90, at most a year) and, for owners and admins, a rate limit.
 */
export const createApiKeyInput = z
  .object({
    name: z.string().trim().min(1, "Name the key.").max(100),
    scopes: z
      .array(z.string().min(1).max(100))
      .min(1, "Choose at least one scope.")
      .max(100)
      .transform((s) => [...new Set(s)].sort()),
    clientIds: z
      .array(z.uuid("clientIds: not a valid id"))
      .max(200)
      .transform((ids) => [...new Set(ids)])
      .nullable()
      .optional(),
    expiresInDays: z.int().min(1).max(MAX_EXPIRY_DAYS).default(DEFAULT_EXPIRY_DAYS),
    rateLimitPerMinute: z.int().min(1).max(100_000).default(DEFAULT_RATE_LIMIT),
  })
  .strict();

export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

/** `PATCH …/api-keys/{id}`: the per-key rate limit, owners and admins only. */
export const updateApiKeyInput = z.object({ rateLimitPerMinute: z.int().min(1).max(100_000) }).strict();
