import { requireActor } from "@/lib/auth/current-actor";
import { listAgents } from "@/lib/dal/agents/list-agents";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

// A client has a handful of agents: one page, so nextCursor is always null.
export const GET = apiHandler(async () => ({ items: await listAgents(await requireActor()), nextCursor: null }));

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
