import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { scimUsers, users } from "@/db/schema";
import { emitAudit, type AuditActor } from "@/lib/audit/emit-audit";
import { revokeUserSessions } from "@/lib/auth/revoke-user-sessions";
import { revokeApiKeysOfUser } from "@/lib/dal/api-keys/internal/revoke-api-keys-of-user";
import type { ScimDirectory } from "./directory";
import { ScimError } from "./scim-error";

type Target = { id: string; email: string; role: string; status: string };

/** The agency's last active owner is never demoted or switched off by a directory. */
export async function isLastOwner(tx: Tx, dir: ScimDirectory, user: { id: string; role: string }) {
  if (dir.clientId || user.role !== "owner") return false;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(
      and(
        eq(users.agencyId, dir.agencyId),
        eq(users.kind, "agency"),
        eq(users.role, "owner"),
        eq(users.status, "active"),
        ne(users.id, user.id),
      ),
    );
  return Number(row.n) === 0;
}

/**
 * Deactivates (active=false) or removes (DELETE) a user in the caller's transaction: every session
 * ends (version bump + rows revoked), every API key of theirs is revoked, and `user_deprovisioned`
 * is written — so their very next request is refused.
 */
export async function deprovision(
  tx: Tx,
  dir: ScimDirectory,
  actor: AuditActor,
  user: Target,
  how: "deactivated" | "removed",
) {
  if (await isLastOwner(tx, dir, user))
    throw new ScimError(400, "The last owner of the agency cannot be deprovisioned by a directory.", "mutability");
  await tx
    .update(users)
    .set({ status: how })
    .where(and(eq(users.agencyId, dir.agencyId), eq(users.id, user.id)));
  // A deleted user's userName is free again for a new account; a deactivated one keeps it.
  if (how === "removed") await tx.delete(scimUsers).where(eq(scimUsers.userId, user.id));
  await revokeUserSessions(tx, user.id);
  await revokeApiKeysOfUser(tx, user.id);
  await emitAudit(tx, dir.agencyId, actor, {
    action: "user_deprovisioned",
    target: { type: "user", id: user.id },
    clientId: dir.clientId,
    details: { email: user.email, how },
  });
}

/** Reactivation restores the same account: no invitation, the role it had. */
export async function reactivate(tx: Tx, dir: ScimDirectory, actor: AuditActor, user: Target) {
  await tx
    .update(users)
    .set({ status: "active" })
    .where(and(eq(users.agencyId, dir.agencyId), eq(users.id, user.id)));
  await emitAudit(tx, dir.agencyId, actor, {
    action: "user_provisioned",
    target: { type: "user", id: user.id },
    clientId: dir.clientId,
    details: { email: user.email, reactivated: true },
  });
}
