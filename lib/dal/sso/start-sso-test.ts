import "server-only";
import { randomBytes } from "node:crypto";
import { withTenant } from "@/db/tenant";
import { ssoRequests } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { connectionOrigin, connectionUrls } from "@/lib/sso/connection-urls";
import { loadConnection } from "./internal/load-connection";

/**
 * "Test sign-in": a single-use, 10-minute ticket the console opens on the connection's own host
 * (where the admin has no session), so the real flow runs and reports instead of signing in.
 */
export async function startSsoTest(actor: Actor, id: string) {
  if (actor.kind !== "agency") throw notFound("Connection not found");
  const ticket = randomBytes(24).toString("base64url");
  return withTenant(actor.agencyId, async (tx) => {
    const row = await loadConnection(tx, actor, id);
    await tx.insert(ssoRequests).values({
      key: `test:${ticket}`,
      agencyId: row.agencyId,
      connectionId: row.id,
      purpose: "test",
      expiresAt: new Date(Date.now() + 10 * 60 * 1000),
    });
    const urls = connectionUrls(await connectionOrigin(tx, row.agencyId, row.clientId), row.id);
    return { testUrl: `${urls.startUrl}?test=${ticket}` };
  });
}
