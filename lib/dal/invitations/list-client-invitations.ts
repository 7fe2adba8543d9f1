import { getDb } from "@/db/client";
import type { Actor } from "@/lib/authz/actor";
import { requireClientTeam } from "@/lib/authz/guards";
import { ListParams } from "@/lib/dal/internal/list-params";
import { parseInput } from "@/lib/validation";
import { listInvitations } from "./internal/list-invitations";

/** A client's invitations, every status, newest first. */
export async function listClientInvitations(actor: Actor, clientId: string, raw: unknown = {}) {
  requireClientTeam(actor, clientId);
  const params = parseInput(ListParams, raw);
  return listInvitations(await getDb(), actor.agencyId, clientId, params);
}
