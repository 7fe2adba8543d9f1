import { requireActor } from "@/lib/auth/current-actor";
import { listParamsFrom } from "@/lib/dal/internal/list-params";
import { listProviderAgents } from "@/lib/dal/provider-agents/list-provider-agents";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

// Agents imported from the agency's voice providers, with provider, client and status (SPEC §9).
export const GET = apiHandler(async (request) => listProviderAgents(await requireActor(), listParamsFrom(request.url)));

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
