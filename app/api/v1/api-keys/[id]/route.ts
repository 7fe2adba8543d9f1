import { requireActor } from "@/lib/auth/current-actor";
import { requireStaff } from "@/lib/authz/guards";
import { revokeApiKey } from "@/lib/dal/api-keys/revoke-api-key";
import { updateApiKey } from "@/lib/dal/api-keys/update-api-key";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

// DELETE revokes an agency key; PATCH `{"rateLimitPerMinute"}` sets the limit of any of the agency's keys.
export const DELETE = apiHandler<{ id: string }>(async (_request, { params }) =>
  revokeApiKey(requireStaff(await requireActor(), "settings.manage"), (await params).id),
);

export const PATCH = apiHandler<{ id: string }>(async (request, { params }) =>
  updateApiKey(await requireActor(), (await params).id, await readJson(request)),
);

export const { GET, POST, PUT } = unsupportedMethods("PATCH", "DELETE");
