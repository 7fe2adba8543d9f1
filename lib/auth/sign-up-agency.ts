import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { agencies, users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import type { RequestMeta } from "@/lib/authz/actor";
import { presetPermissions } from "@/lib/authz/catalogue";
import { isUniqueViolation } from "@/lib/dal/internal/unique-violation";
import { conflict, invalid, rateLimited } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { allowSignup } from "./account-throttle";
import { hashPassword } from "./password";
import { NewPassword, passwordProblem } from "./password-policy";

// Subdomains that would look like ours, not the agency's.
const RESERVED_SLUGS = new Set([
  "www",
  "app",
  "api",
  "admin",
  "mail",
  "smtp",
  "portal",
  "console",
  "login",
  "signup",
  "static",
  "assets",
  "help",
  "support",
  "status",
  "docs",
  "blog",
  "auth",
]);

export const SignUpInput = z.object({
  agencyName: z.string().trim().min(2, "Enter your agency's name.").max(80),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/,
      "Use 3–40 lower-case letters, digits and hyphens, starting and ending with a letter or digit.",
    )
    .refine((s) => !RESERVED_SLUGS.has(s), "That address is reserved. Choose another."),
  email: z.string().trim().toLowerCase().max(320).pipe(z.email("Enter a valid email address.")),
  name: z.string().trim().min(1, "Enter your name.").max(120),
  password: NewPassword,
});

/**
 * A new agency and its owner (SPEC §2: /signup on the app host). Its defaults start as the
 * view_only preset; its name is also its email sender name until branding changes it.
 */
export async function signUpAgency(
  raw: unknown,
  meta: RequestMeta,
): Promise<{ agencyId: string; userId: string; email: string; slug: string }> {
  const input = parseInput(SignUpInput, raw);
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw invalid(`password: ${problem}`);
  if (!(await allowSignup(meta.ip))) throw rateLimited("Too many sign-ups from this address. Try again later.");
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [agency] = await tx
        .insert(agencies)
        .values({
          slug: input.slug,
          name: input.agencyName,
          senderName: input.agencyName,
          supportEmail: input.email,
          defaultPermissions: presetPermissions("view_only"),
        })
        .returning({ id: agencies.id });
      const [owner] = await tx
        .insert(users)
        .values({
          agencyId: agency.id,
          kind: "agency",
          clientId: null,
          email: input.email,
          name: input.name,
          role: "owner",
          passwordHash,
        })
        .returning({ id: users.id });
      await emitAudit(
        tx,
        agency.id,
        { type: "user", id: owner.id, email: input.email, ip: meta.ip, userAgent: meta.userAgent },
        {
          action: "agency_created",
          target: { type: "agency", id: agency.id },
          details: { name: input.agencyName, slug: input.slug, defaults: "view_only" },
        },
      );
      return { agencyId: agency.id, userId: owner.id, email: input.email, slug: input.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error, "agencies_slug_key"))
      throw conflict(`The address ${input.slug} is taken. Choose another.`);
    throw error;
  }
}
