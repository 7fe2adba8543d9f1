import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { integrations } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { findIntegration } from "./internal/find-integration";

/** Removes an integration and its encrypted secret; the audit log keeps that it existed. */
export async function disconnectIntegration(actor: Actor, id: string): Promise<{ id: string }> {
  const client = requireClient(actor, "integrations.manage", { write: true });
  return withTenant(client.agencyId, async (tx) => {
    const row = await findIntegration(tx, client, id, { lock: true });
    await tx.delete(integrations).where(and(eq(integrations.clientId, client.clientId), eq(integrations.id, row.id)));
    await emitAudit(tx, client.agencyId, auditActorOf(client), {
      action: "integration_disconnected",
      target: { type: "integration", id: row.id },
      clientId: client.clientId,
      details: { provider: row.provider, name: row.name },
    });
    return { id: row.id };
  });
}
