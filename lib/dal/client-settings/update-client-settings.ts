import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencies, clients } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { timeZoneName } from "@/lib/time-zones/time-zone-name";
import { parseInput } from "@/lib/validation";
import type { ClientSettingsDto } from "./get-client-settings";

/** `{"timeZone": IANA name | null}` — null: follow the agency's zone again. */
export const UpdateClientSettingsInput = z.object({ timeZone: timeZoneName.nullable() }).strict();

/**
 * A client admin sets the client's time zone from the portal (the agency can too, in the
 * console). An unknown zone is refused (422) and changes nothing; a change is one
 * `client_updated` with before/after, like the console's.
 */
export async function updateClientSettings(actor: Actor, raw: unknown): Promise<ClientSettingsDto> {
  const viewer = requireClient(actor, "settings.manage", { write: true });
  const input = parseInput(UpdateClientSettingsInput, raw);
  return withTenant(viewer.agencyId, async (tx) => {
    const where = and(eq(clients.agencyId, viewer.agencyId), eq(clients.id, viewer.clientId));
    const [row] = await tx
      .select({ timeZone: clients.timeZone, agencyTimeZone: agencies.timeZone, apiKeysAllowed: clients.apiKeysAllowed })
      .from(clients)
      .innerJoin(agencies, eq(agencies.id, clients.agencyId))
      .where(where)
      .for("update", { of: clients });
    if (!row) throw notFound();
    if (row.timeZone !== input.timeZone) {
      await tx.update(clients).set({ timeZone: input.timeZone }).where(where);
      await emitAudit(tx, viewer.agencyId, auditActorOf(viewer), {
        action: "client_updated",
        target: { type: "client", id: viewer.clientId },
        clientId: viewer.clientId,
        details: { before: { timeZone: row.timeZone }, after: { timeZone: input.timeZone } },
      });
    }
    return {
      timeZone: input.timeZone,
      agencyTimeZone: row.agencyTimeZone,
      effectiveTimeZone: input.timeZone ?? row.agencyTimeZone,
      apiKeysAllowed: row.apiKeysAllowed,
    };
  });
}
