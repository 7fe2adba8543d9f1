import "server-only";
import { withTenant } from "@/db/tenant";
import type { Actor } from "@/lib/authz/actor";
import { requireClientTeam } from "@/lib/authz/guards";
import { assertOwnClient } from "@/lib/dal/internal/assert-own-client";
import { ListParams } from "@/lib/dal/internal/list-params";
import { parseInput } from "@/lib/validation";
import { listInvitations } from "./internal/list-invitations";

/** A client's invitations, every status, newest first. */
export async function listClientInvitations(actor: Actor, clientId: string, raw: unknown = {}) {
  requireClientTeam(actor, clientId);
  const params = parseInput(ListParams, raw);
  return withTenant(actor.agencyId, async (db) => {
    await assertOwnClient(db, actor.agencyId, clientId);
    return listInvitations(db, actor.agencyId, clientId, params);
  });
}
