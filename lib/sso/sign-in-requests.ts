import "server-only";
import { and, eq, gt, lt } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { ssoRequests } from "@/db/schema";
import type { SsoConnection } from "./find-connection";

const TEN_MINUTES = 10 * 60 * 1000;
export type SsoPurpose = "sign_in" | "test";

/**
 * Sign-ins in flight live in the database (SPEC §14): any instance may receive the callback.
 * Each is taken once (deleted on read) and only before it expires.
 */
export async function saveSignInRequest(
  connection: SsoConnection,
  key: string,
  values: { nonce?: string; codeVerifier?: string; purpose?: SsoPurpose | "test_ticket" },
) {
  await withTenant(connection.agencyId, async (tx) => {
    await tx.delete(ssoRequests).where(lt(ssoRequests.expiresAt, new Date()));
    await tx.insert(ssoRequests).values({
      key,
      agencyId: connection.agencyId,
      connectionId: connection.id,
      nonce: values.nonce ?? null,
      codeVerifier: values.codeVerifier ?? null,
      purpose: (values.purpose ?? "sign_in") as SsoPurpose,
      expiresAt: new Date(Date.now() + TEN_MINUTES),
    });
  });
}

export async function takeSignInRequest(connection: SsoConnection, key: string) {
  if (!key || key.length > 200) return null;
  return withTenant(connection.agencyId, async (tx) => {
    const [row] = await tx
      .delete(ssoRequests)
      .where(
        and(
          eq(ssoRequests.key, key),
          eq(ssoRequests.connectionId, connection.id),
          gt(ssoRequests.expiresAt, new Date()),
        ),
      )
      .returning();
    return row ?? null;
  });
}

export async function peekSignInRequest(connection: SsoConnection, key: string) {
  if (!key || key.length > 200) return null;
  return withTenant(connection.agencyId, async (tx) => {
    const [row] = await tx
      .select()
      .from(ssoRequests)
      .where(
        and(
          eq(ssoRequests.key, key),
          eq(ssoRequests.connectionId, connection.id),
          gt(ssoRequests.expiresAt, new Date()),
        ),
      );
    return row ?? null;
  });
}
