import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { sessions, users } from "@/db/schema";
import type { RequestMeta } from "@/lib/authz/actor";
import { createSession } from "./create-session";

const HANDOFF_SECONDS = 60;

export type SecondFactor = "totp" | "passkey" | "recovery_code" | "sso";

/**
 * A sign-in that finished outside Auth.js's own password step (single sign-on, the MFA code step):
 * the session row, with a single-use hand-off token that the Auth.js "preview-handoff" step trades
 * for the cookie. Returns that token.
 */
export async function openHandedOffSession(
  tx: Queryable,
  user: { id: string; sessionVersion: number },
  secondFactor: SecondFactor,
  meta: RequestMeta,
): Promise<string> {
  const sessionId = await createSession(tx, user.id, user.sessionVersion, meta);
  const handoffToken = randomBytes(32).toString("base64url");
  await tx
    .update(sessions)
    .set({
      secondFactor,
      handoffTokenHash: createHash("sha256").update(handoffToken).digest("hex"),
      handoffExpiresAt: new Date(Date.now() + HANDOFF_SECONDS * 1000),
    })
    .where(eq(sessions.id, sessionId));
  await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return handoffToken;
}
