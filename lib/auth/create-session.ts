import "server-only";
import { randomBytes } from "node:crypto";
import type { Queryable } from "@/db/client";
import { sessions } from "@/db/schema";
import type { RequestMeta } from "@/lib/authz/actor";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A server-side session row; the JWT only carries its id, so revoking the row ends it. */
export async function createSession(tx: Queryable, userId: string, userSessionVersion: number, meta: RequestMeta) {
  const id = randomBytes(32).toString("base64url");
  await tx.insert(sessions).values({
    id,
    userId,
    userSessionVersion,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 512) ?? null,
    expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
  return id;
}
