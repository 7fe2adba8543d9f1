import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { aiAgents } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireClient } from "@/lib/authz/guards";
import { visibleAgentsWhere } from "./visible-calls-where";

/** The agents the call list can be filtered by: the viewer's visible ones, names only. */
export async function listCallAgents(actor: Actor) {
  const viewer = requireClient(actor, "calls.read");
  const db = await getDb();
  return db.select({ id: aiAgents.id, name: aiAgents.name }).from(aiAgents).where(visibleAgentsWhere(viewer)).orderBy(asc(aiAgents.name));
}
