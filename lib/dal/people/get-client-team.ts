import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { aiAgents, clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { isEmptySet } from "@/lib/authz/catalogue";
import { canEditClient, requireClientTeam } from "@/lib/authz/guards";
import { valuesOf } from "@/lib/authz/stored-permissions";
import { notFound } from "@/lib/errors";

/** What a team page needs around its tables: the client, its AI agents, and whether the viewer may change anything. */
export async function getClientTeam(actor: Actor, clientId: string) {
  requireClientTeam(actor, clientId);
  return withTenant(actor.agencyId, async (db) => {
    const [client] = await db
      .select()
      .from(clients)
      .where(and(eq(clients.agencyId, actor.agencyId), eq(clients.id, clientId), isNull(clients.archivedAt)));
    if (!client) throw notFound("Client not found");
    const agents = await db
      .select({ id: aiAgents.id, name: aiAgents.name })
      .from(aiAgents)
      .where(and(eq(aiAgents.agencyId, actor.agencyId), eq(aiAgents.clientId, clientId)))
      .orderBy(asc(aiAgents.name));
    const canManage =
      actor.kind === "agency"
        ? canEditClient(actor, clientId)
        : !actor.preview && actor.resolved.capabilities.has("team.manage");
    return {
      client: {
        id: client.id,
        name: client.name,
        portalAccess: client.portalAccess,
        emptyPortal: isEmptySet(valuesOf(client.permissions)),
      },
      agents,
      canManage,
    };
  });
}
