import "server-only";
import { withTenant } from "@/db/tenant";
import type { Actor } from "@/lib/authz/actor";
import { connectionOrigin } from "@/lib/sso/connection-urls";
import { notFound } from "@/lib/errors";
import { connectionDto } from "./connection-dto";
import { loadConnection } from "./internal/load-connection";

export async function getSsoConnection(actor: Actor, id: string) {
  if (actor.kind !== "agency") throw notFound("Connection not found");
  return withTenant(actor.agencyId, async (tx) => {
    const row = await loadConnection(tx, actor, id);
    return connectionDto(row, await connectionOrigin(tx, row.agencyId, row.clientId));
  });
}
