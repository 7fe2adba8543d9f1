import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { passwordResets, users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import type { RequestMeta } from "@/lib/authz/actor";
import { isSsoOnly, mayBreakGlass, SSO_ONLY_MESSAGE } from "@/lib/sso/sso-only";
import { hostAudience } from "./host-agency";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { revokeUserSessions } from "./revoke-user-sessions";
import { hashLinkToken, isLinkToken } from "./tokens";

export type ResetView = { state: "valid"; email: string } | { state: "invalid" | "expired" | "used" };

/** What the reset page shows for a token on this host; another host's token is "invalid". */
export async function viewPasswordReset(token: unknown, host: string | null): Promise<ResetView> {
  const found = await findForHost(token, host);
  if (!found) return { state: "invalid" };
  if (found.reset.usedAt) return { state: "used" };
  if (found.reset.expiresAt.getTime() <= Date.now()) return { state: "expired" };
  return { state: "valid", email: found.user.email };
}

const ResetInput = z.object({ token: z.string(), password: z.string() });

export type ResetResult = { ok: true; email: string } | { ok: false; state?: ResetView["state"]; message: string };

/**
 * Sets a new password with a reset link: single use (conditional UPDATE of usedAt), one hour,
 * and every other session of the account ends (session version bumped).
 */
export async function resetPassword(raw: unknown, host: string | null, meta: RequestMeta): Promise<ResetResult> {
  const input = ResetInput.safeParse(raw);
  if (!input.success) return { ok: false, state: "invalid", message: "This link is not valid." };
  const found = await findForHost(input.data.token, host);
  if (!found) return { ok: false, state: "invalid", message: "This link is not valid." };
  if ((await isSsoOnly(await getDb(), found.user.agencyId, found.user.clientId)) && !mayBreakGlass(found.user))
    return { ok: false, message: SSO_ONLY_MESSAGE };
  const problem = passwordProblem(input.data.password, found.user.email);
  if (problem) return { ok: false, message: problem };
  const passwordHash = await hashPassword(input.data.password);
  return withTenant(found.user.agencyId, async (tx) => {
    const now = new Date();
    const [used] = await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(
        and(eq(passwordResets.id, found.reset.id), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
      )
      .returning({ id: passwordResets.id });
    if (!used)
      return {
        ok: false as const,
        state: found.reset.usedAt ? ("used" as const) : ("expired" as const),
        message: "This link was already used or has expired. Ask for a new one.",
      };
    await tx.update(users).set({ passwordHash }).where(eq(users.id, found.user.id));
    await revokeUserSessions(tx, found.user.id);
    await emitAudit(
      tx,
      found.user.agencyId,
      { type: "user", id: found.user.id, email: found.user.email, ip: meta.ip, userAgent: meta.userAgent },
      {
        action: "password_changed",
        target: { type: "user", id: found.user.id },
        clientId: found.user.clientId,
        details: { via: "reset_link" },
      },
    );
    return { ok: true as const, email: found.user.email };
  });
}

async function findForHost(token: unknown, host: string | null) {
  if (!isLinkToken(token)) return null;
  const audience = await hostAudience(host);
  if (audience.kind === "unknown") return null;
  const db = await getDb();
  const [found] = await db
    .select({
      reset: passwordResets,
      user: {
        id: users.id,
        email: users.email,
        agencyId: users.agencyId,
        kind: users.kind,
        clientId: users.clientId,
        status: users.status,
        role: users.role,
      },
    })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(eq(passwordResets.tokenHash, hashLinkToken(token)));
  if (!found || found.user.status !== "active") return null;
  const onRightHost =
    audience.kind === "console"
      ? found.user.kind === "agency"
      : found.user.kind === "client" && found.user.agencyId === audience.agency.id;
  return onRightHost ? found : null;
}
