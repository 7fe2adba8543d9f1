import { requireActor } from "@/lib/auth/current-actor";
import { assignProviderAgent } from "@/lib/dal/provider-agents/assign-provider-agent";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

// `{"clientId": id | null}`: assigns an imported agent to a client (null: unassigns it).
export const PATCH = apiHandler<{ id: string }>(async (request, { params }) =>
  assignProviderAgent(await requireActor(), (await params).id, await readJson(request)),
);

export const { GET, POST, PUT, DELETE } = unsupportedMethods("PATCH");
