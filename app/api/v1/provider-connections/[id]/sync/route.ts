import { requireActor } from "@/lib/auth/current-actor";
import { syncProviderAgents } from "@/lib/dal/provider-agents/sync-provider-agents";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

// Imports the connection's assistants/agents and numbers now: `{connectionId, found, added, inactive, assigned}`.
export const POST = apiHandler<{ id: string }>(async (_request, { params }) =>
  syncProviderAgents(await requireActor(), (await params).id),
);

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
