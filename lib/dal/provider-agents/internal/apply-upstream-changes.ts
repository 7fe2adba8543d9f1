import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { agentVersions, aiAgents, providerAgents, type AgentSettings, type ProviderAgentSnapshot } from "@/db/schema";
import { diffSettings } from "@/lib/agents/agent-settings";
import { settingsOf } from "@/lib/dal/agents/internal/save-agent-version";

const SYNCED = ["prompt", "greeting", "voice", "language", "maxCallMinutes"] as const;
type SyncedField = (typeof SYNCED)[number];

/** A field both sides changed since the last sync: the portal's value was kept. */
export type SyncConflict = { agentId: string; agentName: string; field: SyncedField; ours: unknown; theirs: unknown };

type Side = Record<SyncedField, unknown>;

/**
 * Per field, a three-way merge of the provider's state at our last sync (`base`), the portal
 * agent (`ours`) and the provider now (`theirs`): a field only the provider changed is taken; one
 * only the portal changed (an edit not yet written there, e.g. a demo connection's) is kept; one
 * both changed differently is kept as ours and reported. `nextBase` is what the snapshot should say:
 * a conflicting field keeps the old base, so a later portal save of it still meets the conflict
 * (409 with both sides) instead of overwriting the provider's change unseen; the two sides agreeing
 * (either way) resolves it.
 */
export function mergeUpstream(base: Side, ours: Side, theirs: Side) {
  const take: Partial<Side> = {};
  const conflicts: { field: SyncedField; ours: unknown; theirs: unknown }[] = [];
  const nextBase: Side = { ...theirs };
  for (const field of SYNCED) {
    const [b, o, t] = [base[field], ours[field], theirs[field]];
    // A provider without a value (Vapi's unset maxDurationSeconds) has nothing to give the portal.
    if (t === o || t === b || t === null || t === undefined) continue;
    if (o === b) take[field] = t;
    else {
      conflicts.push({ field, ours: o, theirs: t });
      nextBase[field] = b;
    }
  }
  return { take, conflicts, nextBase: nextBase as ProviderAgentSnapshot };
}

/**
 * After a sync has stored the provider's new state: brings each linked portal agent up to date
 * with what changed upstream, as a new version (author: none, so history shows the agency), which
 * also makes a form opened on the old version stale. `bases` are the snapshots from before the
 * sync; an agent without one (first seen now) was just made from the provider's values.
 */
export async function applyUpstreamChanges(
  tx: Tx,
  agencyId: string,
  connectionId: string,
  bases: Map<string, ProviderAgentSnapshot>,
): Promise<{ updated: number; conflicts: SyncConflict[] }> {
  const linked = await tx
    .select({ known: providerAgents, agent: aiAgents })
    .from(providerAgents)
    .innerJoin(aiAgents, eq(aiAgents.id, providerAgents.agentId))
    .where(
      and(
        eq(providerAgents.agencyId, agencyId),
        eq(providerAgents.connectionId, connectionId),
        eq(providerAgents.status, "active"),
      ),
    )
    .for("update", { of: aiAgents });
  let updated = 0;
  const conflicts: SyncConflict[] = [];
  for (const { known, agent } of linked) {
    const base = bases.get(known.externalId);
    if (!base) continue;
    const before = settingsOf(agent);
    const merged = mergeUpstream(base, before, known.snapshot);
    conflicts.push(...merged.conflicts.map((c) => ({ agentId: agent.id, agentName: agent.name, ...c })));
    if (merged.conflicts.length)
      await tx.update(providerAgents).set({ snapshot: merged.nextBase }).where(eq(providerAgents.id, known.id));
    if (Object.keys(merged.take).length === 0) continue;
    const take = merged.take as Partial<AgentSettings>;
    const after = { ...before, ...take };
    const version = agent.version + 1;
    await tx
      .update(aiAgents)
      .set({ ...take, version, updatedAt: sql`now()` })
      .where(and(eq(aiAgents.agencyId, agencyId), eq(aiAgents.id, agent.id)));
    await tx.insert(agentVersions).values({
      agentId: agent.id,
      version,
      authorId: null,
      authorEmail: null,
      settings: after,
      diff: diffSettings(before, after),
      revertedFrom: null,
    });
    updated++;
  }
  return { updated, conflicts };
}
