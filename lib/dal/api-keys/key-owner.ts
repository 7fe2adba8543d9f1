import "server-only";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { apiKeys, clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient, requireStaff } from "@/lib/authz/guards";
import { forbidden } from "@/lib/errors";

/**
 * Whose keys an actor manages (SPEC §12): agency owners and admins the agency's keys, a client's
 * admins that client's keys — the latter only while the agency allows client keys for it.
 */
export type KeyOwner = {
  agencyId: string;
  clientId: string | null;
  /** The condition selecting the keys this owner manages. */
  where: SQL;
  /** Capabilities the actor holds now: a key's scopes must be among them. */
  capabilities: ReadonlySet<string>;
  /** Throws unless this owner may manage keys right now (client keys: the agency's switch). */
  assertAllowed: (tx: Tx) => Promise<void>;
};

export function keyOwnerOf(actor: Actor, opts: { write?: boolean } = {}): KeyOwner {
  if (actor.kind === "agency") {
    const staff = requireStaff(actor, "settings.manage");
    return {
      agencyId: staff.agencyId,
      clientId: null,
      where: and(eq(apiKeys.agencyId, staff.agencyId), isNull(apiKeys.clientId))!,
      capabilities: staff.resolved.capabilities,
      assertAllowed: async () => {},
    };
  }
  const admin = requireClient(actor, "settings.manage", opts);
  return {
    agencyId: admin.agencyId,
    clientId: admin.clientId,
    where: and(eq(apiKeys.agencyId, admin.agencyId), eq(apiKeys.clientId, admin.clientId))!,
    capabilities: admin.resolved.capabilities,
    assertAllowed: async (tx) => {
      const [client] = await tx
        .select({ allowed: clients.apiKeysAllowed })
        .from(clients)
        .where(and(eq(clients.agencyId, admin.agencyId), eq(clients.id, admin.clientId)));
      if (!client?.allowed) throw forbidden("API keys are not enabled for this account.");
    },
  };
}
