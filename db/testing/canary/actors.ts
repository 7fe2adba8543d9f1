import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";
import { createSession } from "@/lib/auth/create-session";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor, RequestMeta } from "@/lib/authz/actor";
import { getConfig } from "@/lib/config";
import { canary, type TenantTag } from "./canaries";

/** A request's address and browser as a canary of its tenant: sessions and audit rows then carry them. */
export const canaryMeta = (tag: TenantTag, who: string): RequestMeta => ({
  ip: canary(tag, `ip.${who}`),
  userAgent: canary(tag, `ua.${who}`),
});

export const consoleHost = () => getConfig().appHost;
export const portalHost = (slug: string) => `${slug}.${getConfig().portalRootDomain}`;

/** Signs a planted user in the way a request does: a session row, then the one actor loader. */
export async function signIn(user: { id: string }, host: string, meta: RequestMeta): Promise<Actor> {
  const db = await getDb();
  const sessionId = await createSession(db, user.id, 1, meta);
  const result = await loadActor(db, sessionId, host, meta);
  if (!result.ok) throw new Error(`planted user ${user.id} could not sign in on ${host}: ${result.reason}`);
  return result.actor;
}

/** The portal session a "preview as client" started (the hand-off already exchanged). */
export async function previewActor(
  staffUserId: string,
  clientId: string,
  host: string,
  meta: RequestMeta,
): Promise<Actor> {
  const db = await getDb();
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, staffUserId),
        eq(sessions.previewClientId, clientId),
        isNotNull(sessions.handoffTokenHash),
      ),
    );
  const result = await loadActor(db, row.id, host, meta);
  if (!result.ok) throw new Error(`preview of ${clientId} could not load: ${result.reason}`);
  return result.actor;
}
