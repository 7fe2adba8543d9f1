import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { aiAgents, clients, providerAgents, providerConnections } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";
import { invalid, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { parseInput } from "@/lib/validation";
import { settingsFrom } from "./sync-provider-agents";

export const AssignProviderAgentInput = z.object({ clientId: z.uuid("clientId: not a valid id").nullable() }).strict();

/**
 * Assigns an imported agent to a client (SPEC §13), or unassigns it with null. The client's
 * portal gets an agent with the provider's settings; a reassigned agent's old portal agent stays
 * with its client and its calls, inactive and no longer tied to the provider (calls belong to the
 * client they were made for). Owners and admins who may edit both the old and the new client;
 * another agency's agent or client is 404. A client's own connection's agents stay with that client.
 */
export async function assignProviderAgent(actor: Actor, id: string, raw: unknown) {
  // Which client an agent answers for decides whose portal its calls reach: the agency's owners
  // and admins decide it (as they hold the provider keys), within the clients they may edit.
  const staff = requireStaff(actor, "settings.manage");
  if (!isUuid(id)) throw notFound("Agent not found");
  const { clientId } = parseInput(AssignProviderAgentInput, raw);
  if (clientId) requireStaffOnClient(actor, clientId, "client.edit");
  return withTenant(staff.agencyId, async (tx) => {
    const [row] = await tx
      .select({ agent: providerAgents, connection: providerConnections, current: aiAgents })
      .from(providerAgents)
      .innerJoin(providerConnections, eq(providerConnections.id, providerAgents.connectionId))
      .leftJoin(aiAgents, eq(aiAgents.id, providerAgents.agentId))
      .where(and(eq(providerAgents.agencyId, staff.agencyId), eq(providerAgents.id, id)))
      .for("update", { of: providerAgents });
    if (!row) throw notFound("Agent not found");
    if (row.current) requireStaffOnClient(actor, row.current.clientId, "client.edit");
    if (row.connection.clientId && clientId !== row.connection.clientId)
      throw invalid("This agent comes from the client's own connection and stays with that client.");
    if ((row.current?.clientId ?? null) === clientId) return { id, clientId, agentId: row.agent.agentId };
    if (clientId) {
      const [client] = await tx
        .select({ id: clients.id })
        .from(clients)
        .where(and(eq(clients.agencyId, staff.agencyId), eq(clients.id, clientId)));
      if (!client) throw notFound("Client not found");
    }
    if (row.current)
      await tx
        .update(aiAgents)
        .set({ providerStatus: "inactive", providerConnectionId: null, externalId: null })
        .where(eq(aiAgents.id, row.current.id));
    let agentId: string | null = null;
    if (clientId) {
      const [created] = await tx
        .insert(aiAgents)
        .values({
          agencyId: staff.agencyId,
          clientId,
          name: row.agent.name,
          ...settingsFrom(row.agent.snapshot),
          provider: row.connection.provider,
          providerConnectionId: row.connection.id,
          externalId: row.agent.externalId,
          providerStatus: row.agent.status,
          lastSyncedAt: row.agent.lastSyncedAt,
        })
        .returning({ id: aiAgents.id });
      agentId = created.id;
    }
    await tx.update(providerAgents).set({ agentId }).where(eq(providerAgents.id, id));
    await emitAudit(tx, staff.agencyId, auditActorOf(actor), {
      action: "agent_assigned",
      target: { type: "agent", id: agentId ?? id },
      clientId,
      details: {
        name: row.agent.name,
        provider: row.connection.provider,
        from: row.current?.clientId ?? null,
        to: clientId,
      },
    });
    return { id, clientId, agentId };
  });
}
