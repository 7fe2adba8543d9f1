import "server-only";
import { withTenant } from "@/db/tenant";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { sharedLimiter, tryConsume } from "@/lib/rate-limit/shared-limiter";
import { emitAudit } from "./emit-audit";

// A signed-in user probing what they may not do is worth a record; a script looping on a 403 must
// not bury the log (nor lock every writer of the agency on its chain head): 10 a minute per actor.
const limiter = sharedLimiter({ keyPrefix: "audit_access_denied", points: 10, duration: 60 });

export type DeniedRequest = { method: string; path: string };

/**
 * Records an `access_denied` event in its own transaction (the refused action has none). Returns
 * whether it was recorded. The path carries no query string: it may hold tokens.
 */
export async function recordDenial(actor: Actor, request: DeniedRequest): Promise<boolean> {
  const allowed = await tryConsume(limiter, `${actor.agencyId}:${actor.userId}`);
  if (!allowed) return false;
  await withTenant(actor.agencyId, (tx) =>
    emitAudit(tx, actor.agencyId, auditActorOf(actor), {
      action: "access_denied",
      outcome: "denied",
      target: { type: "endpoint", id: `${request.method} ${request.path}` },
      clientId: actor.kind === "client" ? actor.clientId : null,
      details: { method: request.method, path: request.path },
    }),
  );
  return true;
}
