import "server-only";
import { calls, clients, integrations } from "@/db/schema";
import type { Tx } from "@/db/client";
import { isBillableAgent } from "@/lib/billing/invoice-charges";
import { issueInvoice } from "@/lib/dal/internal/issue-invoice";
import { buildCalls } from "./build-calls";
import { buildInvoices } from "./build-invoices";
import { permissionsAgainstDefaults } from "./client-permissions";
import type { DemoAgency, DemoClient } from "./demo-types";
import { insertInBatches } from "./insert-in-batches";
import { seedAgents } from "./seed-agents";
import { seedClientUsers } from "./seed-client-users";
import { daysBefore, type SeedContext } from "./seed-context";

type ClientInput = { agencyId: string; agency: DemoAgency; client: DemoClient; clientIndex: number };

/** One client with everything under it: agents and numbers, users, calls, invoices, integrations. */
export async function seedClient(
  tx: Tx,
  ctx: SeedContext,
  input: ClientInput,
): Promise<{ clientId: string; callCount: number }> {
  const { agencyId, agency, client } = input;
  const [{ id: clientId }] = await tx
    .insert(clients)
    .values({
      agencyId,
      name: client.name,
      permissions: permissionsAgainstDefaults(client.permissions, agency.defaults),
      ratePerMinuteCents: client.ratePerMinuteCents,
      createdAt: daysBefore(ctx, 100),
    })
    .returning({ id: clients.id });

  const agents = await seedAgents(tx, ctx, agencyId, clientId, client);
  await seedClientUsers(tx, ctx, agencyId, clientId, client, agents);

  const liveAgents = agents.filter((a) => a.def.status === "live");
  const callRows = buildCalls({ agencyId, clientId, client, agents: liveAgents, dayStart: ctx.dayStart });
  await insertInBatches(tx, calls, callRows);

  const drafts = buildInvoices({
    agencyId,
    clientId,
    client,
    calls: callRows,
    dayStart: ctx.dayStart,
    agentCount: agents.filter((a) => isBillableAgent(a.def.status)).length,
  });
  for (const draft of drafts) {
    await issueInvoice(tx, { ...draft.invoice, numberPrefix: agency.slug.toUpperCase(), lines: draft.lines });
  }

  if (client.integrations.length > 0) {
    await tx.insert(integrations).values(
      client.integrations.map((i) => ({
        agencyId,
        clientId,
        kind: i.kind,
        provider: i.provider,
        name: i.name,
        status: i.status,
        config: i.config,
        secretCiphertext: null,
        lastError: i.lastError ?? null,
        createdAt: daysBefore(ctx, 90),
        lastEventAt:
          i.lastEventHoursAgo === undefined ? null : new Date(ctx.dayStart.getTime() - i.lastEventHoursAgo * 3_600_000),
      })),
    );
  }
  return { clientId, callCount: callRows.length };
}
