import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { users } from "@/db/schema";
import { loginRetryAfter, recordLoginFailure } from "@/lib/auth/login-throttle";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/actor";
import { forbidden, invalid, rateLimited } from "@/lib/errors";

/**
 * Changing a second factor asks for the password again: a session left open on a shared screen
 * must not be enough to swap the factor. Wrong passwords count in the sign-in throttle. Someone who
 * signs in only through single sign-on has no password and manages no factor here (their IdP does).
 * Called before the verb's transaction: the throttle's counters live outside any tenant.
 */
export async function confirmPassword(actor: Actor, password: string) {
  if ((await loginRetryAfter(actor.email, actor.meta.ip)) > 0) throw rateLimited();
  const hash = await withTenant(actor.agencyId, async (tx) => {
    const [row] = await tx.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
    return row?.hash ?? null;
  });
  if (!hash)
    throw forbidden("Your account signs in with single sign-on; your identity provider manages its second factor.");
  if (!password || password.length > 256 || !(await verifyPassword(hash, password))) {
    await recordLoginFailure(actor.email, actor.meta.ip);
    throw invalid("Your password is not right.", { fields: { password: "is not right" } });
  }
}
