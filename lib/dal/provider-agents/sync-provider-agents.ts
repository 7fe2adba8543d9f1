import "server-only";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { aiAgents, providerAgents } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { requireConnectionManager } from "@/lib/dal/provider-connections/internal/require-connection-manager";
import { findConnection } from "@/lib/dal/provider-connections/internal/find-connection";
import { applyUpstreamChanges, type SyncConflict } from "./internal/apply-upstream-changes";
import { askProvider, providerAccess, snapshotOf } from "./internal/provider-access";

export type SyncResult = {
  connectionId: string;
  found: number;
  added: number;
  inactive: number;
  assigned: number;
  /** Portal agents that took a change made at the provider. */
  updated: number;
  /** Fields changed on both sides since the last sync: the portal's value was kept. */
  conflicts: SyncConflict[];
};

/**
 * "Sync" (SPEC §13): lists the provider's assistants/agents and phone numbers and records each in
 * provider_agents (unique per connection and provider id). Gone upstream: inactive — and so is
 * its portal agent — never deleted. An agent already linked keeps its link; on a client-level
 * connection a new one is linked to that client at once; agents the demo seed made for this
 * connection are linked by their provider id. A linked agent takes what changed at the provider
 * unless the portal changed it too (then it keeps ours and the conflict is reported). The provider
 * is asked before any lock is taken.
 */
export async function syncProviderAgents(actor: Actor, connectionId: string): Promise<SyncResult> {
  const staff = requireStaff(actor, "settings.manage");
  const row = await withTenant(staff.agencyId, (tx) => findConnection(tx, staff.agencyId, connectionId));
  requireConnectionManager(actor, row.clientId);
  const { provider, creds } = providerAccess(row);
  const [agents, numbers] = await askProvider(`Syncing ${provider.label}`, () =>
    Promise.all([provider.listAgents(creds), provider.listPhoneNumbers(creds)]),
  );
  const now = new Date();
  return withTenant(staff.agencyId, async (tx) => {
    const where = and(eq(providerAgents.agencyId, staff.agencyId), eq(providerAgents.connectionId, row.id));
    const bases = new Map(
      (
        await tx
          .select({ externalId: providerAgents.externalId, snapshot: providerAgents.snapshot })
          .from(providerAgents)
          .where(where)
      ).map((r) => [r.externalId, r.snapshot]),
    );
    const found = agents.map((a) => ({
      agencyId: staff.agencyId,
      connectionId: row.id,
      externalId: a.externalId,
      name: a.name || a.externalId,
      snapshot: snapshotOf(a),
      phoneNumbers: numbers.filter((n) => n.agentExternalId === a.externalId).map((n) => n.e164),
      status: "active" as const,
      lastSyncedAt: now,
    }));
    if (found.length)
      await tx
        .insert(providerAgents)
        .values(found)
        .onConflictDoUpdate({
          target: [providerAgents.connectionId, providerAgents.externalId],
          set: {
            name: sql`excluded.name`,
            snapshot: sql`excluded.snapshot`,
            phoneNumbers: sql`excluded.phone_numbers`,
            status: "active",
            lastSyncedAt: now,
          },
        });
    const ids = agents.map((a) => a.externalId);
    const gone = await tx
      .update(providerAgents)
      .set({ status: "inactive", lastSyncedAt: now })
      .where(and(where, ids.length ? notInArray(providerAgents.externalId, ids) : undefined))
      .returning({ agentId: providerAgents.agentId });
    const goneAgents = gone.flatMap((g) => (g.agentId ? [g.agentId] : []));
    if (goneAgents.length)
      await tx
        .update(aiAgents)
        .set({ providerStatus: "inactive", lastSyncedAt: now })
        .where(and(eq(aiAgents.agencyId, staff.agencyId), inArray(aiAgents.id, goneAgents)));
    const assigned = await linkAgents(tx, staff.agencyId, row, now);
    const { updated, conflicts } = await applyUpstreamChanges(tx, staff.agencyId, row.id, bases);
    const result = {
      connectionId: row.id,
      found: agents.length,
      added: agents.filter((a) => !bases.has(a.externalId)).length,
      inactive: gone.length,
      assigned,
      updated,
      conflicts,
    };
    await emitAudit(tx, staff.agencyId, auditActorOf(actor), {
      action: "provider_agents_synced",
      target: { type: "provider_connection", id: row.id },
      clientId: row.clientId,
      // Which fields conflicted, never their values: a prompt is the client's script.
      details: {
        provider: row.provider,
        found: result.found,
        added: result.added,
        inactive: result.inactive,
        updated,
        conflicts: conflicts.map((c) => ({ agentId: c.agentId, field: c.field })),
      },
    });
    return result;
  });
}

type Tx = Parameters<Parameters<typeof withTenant>[1]>[0];

/**
 * Links unlinked active rows to portal agents: an agent already made for this connection and
 * provider id (the demo seed's), else — on a client's own connection — a new agent of that client.
 * Linked agents are refreshed from the provider and marked active.
 */
async function linkAgents(
  tx: Tx,
  agencyId: string,
  connection: { id: string; provider: string; clientId: string | null },
  now: Date,
): Promise<number> {
  await tx.execute(sql`
    update provider_agents p set agent_id = a.id
    from ai_agents a
    where p.agent_id is null and p.connection_id = ${connection.id} and p.agency_id = ${agencyId}
      and a.agency_id = ${agencyId} and a.provider_connection_id = ${connection.id} and a.external_id = p.external_id`);
  let assigned = 0;
  if (connection.clientId) {
    const unlinked = await tx
      .select()
      .from(providerAgents)
      .where(
        and(
          eq(providerAgents.connectionId, connection.id),
          sql`${providerAgents.agentId} is null`,
          eq(providerAgents.status, "active"),
        ),
      );
    for (const p of unlinked) {
      const [agent] = await tx
        .insert(aiAgents)
        .values({
          agencyId,
          clientId: connection.clientId,
          name: p.name,
          ...settingsFrom(p.snapshot),
          provider: connection.provider,
          providerConnectionId: connection.id,
          externalId: p.externalId,
          lastSyncedAt: now,
        })
        .returning({ id: aiAgents.id });
      await tx.update(providerAgents).set({ agentId: agent.id }).where(eq(providerAgents.id, p.id));
      assigned++;
    }
  }
  await tx.execute(sql`
    update ai_agents a set provider_status = 'active', last_synced_at = ${now.toISOString()}::timestamptz, name = p.name
    from provider_agents p
    where p.agent_id = a.id and p.connection_id = ${connection.id} and p.status = 'active' and a.agency_id = ${agencyId}`);
  return assigned;
}

/** A portal agent's settings from the provider's: the prompt, greeting, voice, language and limit. */
export function settingsFrom(s: {
  prompt: string;
  greeting: string;
  voice: string;
  language: string;
  maxCallMinutes: number | null;
}) {
  return {
    prompt: s.prompt,
    greeting: s.greeting,
    voice: s.voice,
    language: s.language,
    ...(s.maxCallMinutes ? { maxCallMinutes: s.maxCallMinutes } : {}),
  };
}
