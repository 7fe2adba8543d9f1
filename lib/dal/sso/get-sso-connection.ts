import "server-only";
import { withTenant } from "@/db/tenant";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { connectionOrigin } from "@/lib/sso/connection-urls";
import { connectionDto } from "./connection-dto";
import { loadConnection } from "./internal/load-connection";

export async function getSsoConnection(actor: Actor, id: string) {
  // Every staff member passes (client.read); loadConnection narrows to what they may configure.
  const staff = requireStaff(actor, "client.read");
  return withTenant(staff.agencyId, async (tx) => {
    const row = await loadConnection(tx, actor, id);
    return connectionDto(row, await connectionOrigin(tx, row.agencyId, row.clientId));
  });
}
