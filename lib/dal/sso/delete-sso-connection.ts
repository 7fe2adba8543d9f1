import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { ssoConnections } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { loadConnection } from "./internal/load-connection";

/** Removes a connection and its linked identities; its users keep their accounts. */
export async function deleteSsoConnection(actor: Actor, id: string) {
  // Every staff member passes (client.read); loadConnection narrows to what they may configure.
  const staff = requireStaff(actor, "client.read");
  return withTenant(staff.agencyId, async (tx) => {
    const row = await loadConnection(tx, actor, id);
    await tx.delete(ssoConnections).where(eq(ssoConnections.id, row.id));
    await emitAudit(tx, row.agencyId, auditActorOf(actor), {
      action: "sso_config_change",
      target: { type: "sso_connection", id: row.id },
      clientId: row.clientId,
      details: { change: "deleted", name: row.name, type: row.type },
    });
    return { ok: true };
  });
}
