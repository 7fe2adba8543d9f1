import { requireActor } from "@/lib/auth/current-actor";
import { getAgent } from "@/lib/dal/agents/get-agent";
import { updateAgent } from "@/lib/dal/agents/update-agent";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

type Params = { id: string };

export const GET = apiHandler<Params>(async (_request, { params }) =>
  getAgent(await requireActor(), (await params).id),
);

/** Any subset of prompt, greeting, voice, language, businessHours, transferNumber, maxCallMinutes, plus "version". */
export const PATCH = apiHandler<Params>(async (request, { params }) =>
  updateAgent(await requireActor(), (await params).id, await readJson(request)),
);

export const { POST, PUT, DELETE } = unsupportedMethods("GET", "PATCH");
