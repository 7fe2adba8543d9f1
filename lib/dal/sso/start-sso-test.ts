import "server-only";
import { randomBytes } from "node:crypto";
import { withTenant } from "@/db/tenant";
import { ssoRequests } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { connectionOrigin, connectionUrls } from "@/lib/sso/connection-urls";
import { loadConnection } from "./internal/load-connection";

/**
 * "Test sign-in": a single-use, 10-minute ticket the console opens on the connection's own host
 * (where the admin has no session), so the real flow runs and reports instead of signing in.
 */
export async function startSsoTest(actor: Actor, id: string) {
  // Every staff member passes (client.read); loadConnection narrows to what they may configure.
  const staff = requireStaff(actor, "client.read");
  const ticket = randomBytes(24).toString("base64url");
  return withTenant(staff.agencyId, async (tx) => {
    const row = await loadConnection(tx, actor, id);
    await tx.insert(ssoRequests).values({
      key: `test:${ticket}`,
      agencyId: row.agencyId,
      connectionId: row.id,
      purpose: "test",
      expiresAt: new Date(Date.now() + 10 * 60 * 1000),
    });
    await emitAudit(tx, row.agencyId, auditActorOf(actor), {
      action: "sso_config_change",
      target: { type: "sso_connection", id: row.id },
      clientId: row.clientId,
      details: { change: "test_started" },
    });
    const urls = connectionUrls(await connectionOrigin(tx, row.agencyId, row.clientId), row.id);
    return { testUrl: `${urls.startUrl}?test=${ticket}` };
  });
}
