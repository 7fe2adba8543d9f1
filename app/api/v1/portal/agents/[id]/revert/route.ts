import { requireActor } from "@/lib/auth/current-actor";
import { revertAgent } from "@/lib/dal/agents/revert-agent";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

/** `{"toVersion": n, "version": current}`: the old settings come back as a new version. */
export const POST = apiHandler<{ id: string }>(async (request, { params }) =>
  revertAgent(await requireActor(), (await params).id, await readJson(request)),
);

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
