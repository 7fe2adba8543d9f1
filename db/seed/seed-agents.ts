import "server-only";
import { agentVersions, aiAgents, phoneNumbers } from "@/db/schema";
import type { Tx } from "@/db/client";
import type { SeededAgent } from "./build-call";
import type { DemoClient } from "./demo-types";
import { daysBefore, type SeedContext } from "./seed-context";

/** A client's AI agents, each with its first version (no diff: nothing came before) and its numbers. */
export async function seedAgents(
  tx: Tx,
  ctx: SeedContext,
  agencyId: string,
  clientId: string,
  client: DemoClient,
): Promise<SeededAgent[]> {
  const createdAt = daysBefore(ctx, 95);
  const rows = await tx
    .insert(aiAgents)
    .values(
      client.agents.map((def) => ({
        agencyId,
        clientId,
        name: def.name,
        status: def.status,
        ...def.settings,
        version: 1,
        createdAt,
        updatedAt: createdAt,
      })),
    )
    .returning({ id: aiAgents.id, name: aiAgents.name });
  const idByName = new Map(rows.map((r) => [r.name, r.id]));
  const seeded = client.agents.map((def) => ({ id: idByName.get(def.name)!, def }));

  await tx.insert(agentVersions).values(
    seeded.map(({ id, def }) => ({
      agentId: id,
      version: 1,
      authorId: null,
      authorEmail: null,
      settings: def.settings,
      diff: {},
      createdAt,
    })),
  );
  await tx
    .insert(phoneNumbers)
    .values(
      seeded.flatMap(({ id, def }) =>
        def.numberLabels.map((label) => ({ agencyId, clientId, agentId: id, e164: ctx.nextPhoneNumber(), label })),
      ),
    );
  return seeded;
}
