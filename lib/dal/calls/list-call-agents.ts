import "server-only";
import { asc } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { aiAgents } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { visibleAgentsWhere } from "./visible-calls-where";

/** The agents the call list can be filtered by: the viewer's visible ones, names only. */
export async function listCallAgents(actor: Actor) {
  const viewer = requireClient(actor, "calls.read");
  return withTenant(viewer.agencyId, async (db) => {
    return db
      .select({ id: aiAgents.id, name: aiAgents.name })
      .from(aiAgents)
      .where(visibleAgentsWhere(viewer))
      .orderBy(asc(aiAgents.name));
  });
}
