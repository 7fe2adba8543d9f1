import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { aiAgents, providerAgents, providerConnections, type AgentSettings } from "@/db/schema";
import { unlistedSetting } from "@/lib/agents/agent-settings";
import { AppError, invalid } from "@/lib/errors";
import type { ProviderAgentEdit } from "@/lib/providers/provider";
import { askProvider, providerAccess, snapshotOf } from "@/lib/dal/provider-agents/internal/provider-access";

const PUSHED = ["prompt", "greeting", "voice", "language", "maxCallMinutes"] as const;

/**
 * Before a portal edit of an agent is saved (SPEC §13): an agent made here is held to the listed
 * voices and languages; an imported one is written to its provider first, with the provider's
 * own semantics (lib/providers). If the provider's copy changed since our last read (someone edited
 * it there), nothing is written: 409 with both sides. A provider refusal is a 422 saying why, and
 * the caller's transaction — our new version — rolls back with it.
 */
export async function pushAgentEdit(
  tx: Tx,
  row: typeof aiAgents.$inferSelect,
  before: AgentSettings,
  after: AgentSettings,
) {
  if (!row.providerConnectionId || !row.externalId) {
    const unlisted = unlistedSetting(after);
    if (unlisted) throw invalid(unlisted);
    return;
  }
  const edit: ProviderAgentEdit = {};
  for (const field of PUSHED) if (before[field] !== after[field]) Object.assign(edit, { [field]: after[field] });
  if (Object.keys(edit).length === 0) return;
  const [found] = await tx
    .select({ connection: providerConnections, known: providerAgents })
    .from(providerConnections)
    .leftJoin(
      providerAgents,
      and(eq(providerAgents.connectionId, providerConnections.id), eq(providerAgents.externalId, row.externalId)),
    )
    .where(and(eq(providerConnections.agencyId, row.agencyId), eq(providerConnections.id, row.providerConnectionId)));
  if (!found) throw invalid("This agent's provider connection was removed; ask your agency to reconnect it.");
  // The demo seed's connections have made-up keys and are never contacted: the edit stays ours.
  if (found.connection.demo) return;
  const { provider, creds } = providerAccess(found.connection);
  const current = snapshotOf(
    await askProvider(`${provider.label} could not be read`, () => provider.getAgent(creds, row.externalId!)),
  );
  const known =
    found.known?.snapshot ?? snapshotOf({ ...before, externalId: row.externalId, name: row.name, raw: null });
  // A field the provider already holds at our new value is no conflict: the sides agree.
  const conflicts = PUSHED.filter((f) => f in edit && known[f] !== current[f] && edit[f] !== current[f]).map(
    (field) => ({
      field,
      ours: before[field],
      theirs: current[field],
    }),
  );
  if (conflicts.length)
    throw new AppError(
      "conflict",
      `This agent was changed in ${provider.label} since it was last synced (${conflicts.map((c) => c.field).join(", ")}). Nothing was saved: review both versions, then save again.`,
      { conflicts },
    );
  const updated = await askProvider(`${provider.label} refused the change`, () =>
    provider.updateAgent(creds, row.externalId!, edit),
  );
  // Only the fields written move the snapshot on: a change made at the provider to another field
  // stays visible to the next sync, which brings it into the portal.
  if (found.known) {
    const written = snapshotOf(updated);
    const snapshot = { ...found.known.snapshot };
    for (const field of PUSHED) if (field in edit) Object.assign(snapshot, { [field]: written[field] });
    await tx.update(providerAgents).set({ snapshot }).where(eq(providerAgents.id, found.known.id));
  }
}
