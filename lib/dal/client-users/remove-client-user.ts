import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { revokeUserSessions } from "@/lib/auth/revoke-user-sessions";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClientTeam } from "@/lib/authz/guards";
import { forbidden } from "@/lib/errors";
import { lockClientUser } from "./internal/lock-client-user";
import { toClientUserDto } from "./user-dto";

/** Removes a client user: the account is kept for the record as "removed" and every session ends now. */
export async function removeClientUser(actor: Actor, clientId: string, userId: string) {
  requireClientTeam(actor, clientId, { write: true });
  if (actor.kind === "client" && actor.userId === userId) throw forbidden("You cannot remove yourself. Ask another admin or your agency.");
  return withTenant(actor.agencyId, async (tx) => {
    const before = await lockClientUser(tx, actor.agencyId, clientId, userId);
    await tx.update(users).set({ status: "removed" }).where(and(eq(users.agencyId, actor.agencyId), eq(users.id, userId)));
    await revokeUserSessions(tx, userId);
    await emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "user_removed",
      target: { type: "user", id: userId },
      clientId,
      details: { email: before.email, role: before.role },
    });
    return toClientUserDto({ ...before, status: "removed" });
  });
}
