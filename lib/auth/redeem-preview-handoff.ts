import "server-only";
import { createHash } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";

/** Exchanges a preview hand-off token for its session id, once: the token is cleared on use. */
export async function redeemPreviewHandoff(token: string): Promise<string | null> {
  const db = await getDb();
  const hash = createHash("sha256").update(token).digest("hex");
  const [row] = await db
    .update(sessions)
    .set({ handoffTokenHash: null, handoffExpiresAt: null })
    .where(and(eq(sessions.handoffTokenHash, hash), gt(sessions.handoffExpiresAt, new Date())))
    .returning({ id: sessions.id });
  return row?.id ?? null;
}
