import { requireActor } from "@/lib/auth/current-actor";
import { setScimGroupMapping } from "@/lib/dal/scim-directories/set-group-mapping";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

// The group → role (and agents) mapping: {"role": string|null, "agentIds"?: [...]}. Added to SPEC §9's routes.
export const PUT = apiHandler<{ id: string; groupId: string }>(async (request, { params }) => {
  const { id, groupId } = await params;
  return setScimGroupMapping(await requireActor(), id, groupId, await readJson(request));
});

export const { GET, POST, PATCH, DELETE } = unsupportedMethods("PUT");
