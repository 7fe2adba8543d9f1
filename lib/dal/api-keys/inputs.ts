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
    expiresInDays: z.int().min(1).max(MAX_EXPIRY_DAYS).optional(),
    /** SPEC §9 names the expiry as a date; the console sends days. One of them, or neither (90 days). */
    expiresAt: z.iso.datetime({ offset: true, message: "expiresAt: not an ISO date-time" }).optional(),
    rateLimitPerMinute: z.int().min(1).max(100_000).optional(),
  })
  .strict()
  .refine((v) => v.expiresAt === undefined || v.expiresInDays === undefined, {
    message: "Give expiresAt or expiresInDays, not both.",
  });

export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

const DAY = 86_400_000;

/** When a new key expires: in the future and at most a year away (a minute of slack for clocks). */
export function expiryOf(input: { expiresAt?: string; expiresInDays?: number }, now = Date.now()): Date | string {
  if (input.expiresAt === undefined) return new Date(now + (input.expiresInDays ?? DEFAULT_EXPIRY_DAYS) * DAY);
  const at = new Date(input.expiresAt);
  if (at.getTime() <= now) return "expiresAt: must be in the future";
  if (at.getTime() > now + MAX_EXPIRY_DAYS * DAY + 60_000) return "expiresAt: at most one year from now";
  return at;
}

/** `PATCH …/api-keys/{id}`: the per-key rate limit, owners and admins only. */
export const updateApiKeyInput = z.object({ rateLimitPerMinute: z.int().min(1).max(100_000) }).strict();
